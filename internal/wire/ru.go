package wire

import (
	"maps"
	"slices"
	"strings"
)

// russian holds the Russian of every hint the catalogs and the decoders
// give, keyed by the English text, as gettext keys a translation by its
// source: Fault.Hint stays English, and yafault.Hint and the command serve
// the Russian. Each is written for a person, in plain words, by us; the
// vendors' own texts are never translated. A test checks that every hint
// has one, so a changed English hint needs its Russian changed too.
var russian = map[string]string{
	// BUDGET_RESOURCE_SPENT
	"Market's last answer said this method's quota is spent until its window ends; the Budget did not send the request, so send it again after RetryAfter": "по последнему ответу Маркета квота метода исчерпана до конца окна, поэтому Budget не отправил запрос; повторите запрос после RetryAfter",
	// BUDGET_POINTS_SPENT
	"Direct's last answer left fewer points than this call costs; the Budget did not send it, so send it again after the hourly refill (RetryAfter)": "по последнему ответу Директа баллов осталось меньше, чем стоит этот вызов, поэтому Budget его не отправил; повторите запрос после ежечасного пополнения (RetryAfter)",
	// BUDGET_PARALLEL_FULL
	"as many requests as Market allows at once for this store or cabinet were in flight for the whole of the Budget's MaxWait; send it again, or send fewer at once": "всё время ожидания (MaxWait у Budget) для этого магазина или кабинета выполнялось столько запросов, сколько Маркет разрешает одновременно; повторите запрос или отправляйте меньше запросов одновременно",
	// BUDGET_CONNECTIONS_FULL
	"as many requests as Direct allows at once for this advertiser were in flight for the whole of the Budget's MaxWait; send it again, or send fewer at once": "всё время ожидания (MaxWait у Budget) для этого рекламодателя выполнялось столько запросов, сколько Директ разрешает одновременно; повторите запрос или отправляйте меньше запросов одновременно",
	// INVALID_UIN
	"fix the UIN: it must exist, not be blocked and belong to this store, and the store must be connected to the jewellery register (GIIS DMDK); a check's substatus says which failed": "исправьте УИН: он должен существовать, не быть заблокированным и принадлежать этому магазину, а магазин должен быть подключён к ГИИС ДМДК; что именно не так, показывает подстатус проверки",
	// CIS_NOT_ON_VALIDATION
	"the marking code was not sent for a check (codes of DBS orders are not checked); if the order needs checked codes, send them again": "код маркировки не отправлялся на проверку (коды заказов DBS не проверяются); если заказу нужны проверенные коды, передайте их ещё раз",
	// CIS_CHECK_FAILED
	"Market could not check the marking code; send the order's codes again later, or remove this one": "Маркет не смог проверить код маркировки; позже передайте коды заказа ещё раз или удалите этот код",
	// INVALID_CIS
	"fix or replace the item's marking code (CIS) as the reason says: the message of a refused request, the substatus of a failed check": "исправьте или замените код маркировки (CIS) товара, как указано в причине: в сообщении отклонённого запроса или в подстатусе непройденной проверки",
	// OPERATION_FAILED
	"the operation ended with an error and Market did not say why; read the order or return to see its state, and start the change again if it is still needed": "операция завершилась ошибкой, и Маркет не указал причину; посмотрите состояние заказа или возврата и, если изменение всё ещё нужно, запустите его снова",
	// EAC_CODE_REJECTED
	"the confirmation code is wrong; check it with the courier and send it again (attemptsLeft says how many tries remain before Market sends a new code)": "код подтверждения неверный; сверьте его с курьером и отправьте ещё раз (attemptsLeft — сколько попыток осталось, прежде чем Маркет выдаст новый код)",
	// UIN_NOT_ON_VALIDATION
	"the UIN was not sent for a check, or the order lacks some of its UINs; send a UIN for every jewellery item of the order": "УИН не отправлялся на проверку, или в заказе указаны не все УИН; передайте УИН для каждого ювелирного изделия в заказе",
	// BATCH_REJECTED, and every error of a rejected batch
	"at least one item has an error, so nothing from the request was applied; fix the items with errors and send the whole request again": "хотя бы в одном объекте есть ошибка, поэтому из запроса ничего не применено; исправьте объекты с ошибками и отправьте весь запрос ещё раз",
	// OFFER_HAS_STOCKS
	"an offer with stock cannot be archived; zero its stock first": "товар с остатками нельзя отправить в архив; сначала обнулите остатки",
	// (unknown item code)
	"fix the item as the code says": "исправьте объект так, как указывает код ошибки",
	// ACCESS_DENIED
	"check the resource ids and that the token's user has rights to them": "проверьте идентификаторы ресурсов и то, есть ли на них права у пользователя, которому принадлежит токен",
	// ACTION_NOT_ALLOWED
	"the action is not allowed now (a daily cap may apply); a retry today fails again": "сейчас это действие недоступно (возможно, действует суточный лимит); повторный запрос сегодня снова завершится ошибкой",
	// ACTIVE_REPORTS_LIMIT_EXCEEDED
	"too many reports are being generated at once; wait for one to finish": "одновременно формируется слишком много отчётов; дождитесь, пока один из них будет готов",
	// ADDRESS_NOT_RESOLVED
	"Market could not place the address on the map; send it in full": "Маркет не смог найти адрес на карте; передайте адрес полностью",
	// ADVERTISER_STATUS_MISMATCH
	"the cabinet's advertiser status does not allow this; check it in the seller cabinet": "статус рекламодателя у кабинета не позволяет это действие; проверьте его в личном кабинете на Маркете",
	// AD_ALREADY_ARCHIVED
	"the ad was already archived": "объявление уже заархивировано",
	// AD_ALREADY_SUSPENDED
	"the ad was already suspended": "объявление уже остановлено",
	// AD_NOT_ARCHIVED
	"the ad was not archived": "объявление не в архиве",
	// AD_NOT_SUSPENDED
	"the ad was not suspended": "объявление не остановлено",
	// ALREADY_ARCHIVED
	"the object was already archived": "объект уже заархивирован",
	// ALREADY_DELETED
	"the object was already marked as deleted": "объект уже помечен как удалённый",
	// ALREADY_SUSPENDED
	"the object was already suspended": "объект уже остановлен",
	// AMBIGUOUS_FIELD_DEFINITION
	"set the field only once, in one way": "задайте поле только один раз и одним способом",
	// AMBIGUOUS_OFFER
	"identify the offer unambiguously, by one identifier that matches a single product": "укажите товар однозначно: одним идентификатором, который соответствует одному товару",
	// API_ACCESS_DENIED
	"API access is closed for this seller; ask your agency to open it": "доступ к API для этого продавца закрыт; попросите агентство открыть его",
	// API_DISABLED
	"a person must fix the store or cabinet in the seller's account; API access returns about a minute after (check apiAvailability in GET v2/campaigns)": "проблему с магазином или кабинетом нужно исправить вручную в личном кабинете на Маркете; доступ к API вернётся примерно через минуту после этого (проверьте apiAvailability в GET v2/campaigns)",
	// API_KEY_INVALID
	"check the Api-Key token as sent; if it is right, issue a new one in the cabinet": "проверьте токен Api-Key в том виде, в каком он отправлен; если он верный, выпустите новый токен в личном кабинете на Маркете",
	// API_KEY_MALFORMED
	"send the Api-Key value alone, as issued (no Bearer prefix); if it is right, issue a new one in the cabinet": "передайте только значение Api-Key в том виде, в каком оно выдано (без префикса Bearer); если оно верное, выпустите новый токен в личном кабинете на Маркете",
	// API_KEY_MISSING
	"send the token in the Api-Key header": "передайте токен в заголовке Api-Key",
	// API_KEY_REQUIRED
	"this method needs an Api-Key token, not OAuth": "этому методу нужен токен Api-Key, а не OAuth",
	// API_KEY_REVOKED
	"the Api-Key token was deleted; issue a new one in the cabinet": "токен Api-Key удалён; выпустите новый в личном кабинете на Маркете",
	// APP_CHANGE_NOT_ALLOWED
	"the advertised app cannot be changed": "рекламируемое приложение изменить нельзя",
	// APP_REGISTRATION_INCOMPLETE
	"the app's request for API access is not approved yet; file it and wait for approval": "заявка приложения на доступ к API ещё не одобрена; подайте её и дождитесь одобрения",
	// AUTH_SCHEME_UNSUPPORTED
	"use the Bearer scheme for OAuth tokens, or the Api-Key header": "используйте схему Bearer для OAuth-токенов или заголовок Api-Key",
	// AUTH_SERVER_UNAVAILABLE
	"Direct could not reach its authorization server; retry shortly": "Директ не смог обратиться к своему серверу авторизации; повторите запрос чуть позже",
	// BAD_GATEWAY
	"a proxy could not reach the API; retry later": "прокси-сервер не смог обратиться к API; повторите запрос позже",
	// BAD_OFFERS
	"some offers in the request are not acceptable; fix or remove the ones the message lists": "часть товаров в запросе не подходит; исправьте или уберите те, что указаны в сообщении",
	// BAD_PAGE_TOKEN
	"start paging again without page_token, or pass the token the previous page returned": "начните постраничный обход заново без page_token или передайте токен, который вернула предыдущая страница",
	// BAD_REQUEST
	"the request is malformed; read the message, fix the request and send it again": "запрос составлен неверно; прочитайте сообщение, исправьте запрос и отправьте его ещё раз",
	// BID_CHANGE_NOT_ALLOWED
	"the strategy does not allow manual bids": "стратегия не позволяет задавать ставки вручную",
	// BID_NOT_APPLIED
	"the bid will not be applied": "ставка не будет применена",
	// BODY_REQUIRED
	"the method needs a request body": "методу нужно тело запроса",
	// BOXES_NOT_FOUND
	"set the order's boxes before this call": "перед этим вызовом задайте грузоместа (коробки) заказа",
	// BOX_NOT_FOUND
	"check the box id": "проверьте идентификатор грузоместа (коробки)",
	// BUSINESS_ID_MISMATCH
	"the business id in the URL or body and the X-Business-Id header must name the same cabinet": "идентификатор кабинета (бизнеса) в URL или теле запроса и заголовок X-Business-Id должны указывать на один и тот же кабинет",
	// BUSINESS_MIGRATION_IN_PROGRESS
	"stores are being moved in this cabinet; try again when the move ends": "в этом кабинете идёт перенос магазинов; повторите запрос, когда перенос завершится",
	// BUSINESS_NOT_FOUND
	"check the business id": "проверьте идентификатор кабинета (бизнеса)",
	// CAMPAIGN_ACCESS_DENIED
	"the listed campaigns are not yours to use; pass your own campaign ids": "у вас нет доступа к указанным кампаниям; передайте идентификаторы своих кампаний",
	// CAMPAIGN_MIGRATION_IN_PROGRESS
	"the store is moving to another cabinet; try again when the move ends": "магазин переносится в другой кабинет; повторите запрос, когда перенос завершится",
	// CAMPAIGN_NOT_FOUND
	"check the campaign id": "проверьте идентификатор кампании",
	// CAMPAIGN_TYPE_NOT_ALLOWED
	"the method does not support this store's placement model; use the method for your model": "метод не поддерживает модель работы этого магазина; используйте метод для вашей модели",
	// CANCELLATION_SUBSTATUS_NOT_ALLOWED
	"use a cancellation substatus allowed for the order's status and your role": "укажите подстатус отмены, допустимый для статуса заказа и вашей роли",
	// CANNOT_ARCHIVE
	"the object cannot be archived in its state": "в текущем состоянии объект нельзя заархивировать",
	// CANNOT_DELETE
	"the object cannot be deleted in its state": "в текущем состоянии объект нельзя удалить",
	// CANNOT_REMOVE_LAST_ITEM
	"the last item cannot be removed; cancel the order with reason SHOP_FAILED instead": "последний товар удалить нельзя; вместо этого отмените заказ с причиной SHOP_FAILED",
	// CANNOT_STOP_IMPRESSIONS
	"impressions cannot be stopped in the object's state": "в текущем состоянии объекта показы остановить нельзя",
	// CANNOT_UNARCHIVE
	"the object cannot be unarchived in its state": "в текущем состоянии объект нельзя разархивировать",
	// CANT_DELIVER_ORDER_TO_ADDRESS
	"delivery to this address is not possible; give another address or delivery method": "доставить по этому адресу нельзя; укажите другой адрес или способ доставки",
	// CATEGORY_NOT_LEAF
	"use a leaf category (one without subcategories)": "укажите конечную категорию (без подкатегорий)",
	// CHAT_NOT_FOUND
	"check the chat id": "проверьте идентификатор чата",
	// CIS_HANDLE_MODE_RESTRICTION
	"the item's marking-code handling mode does not allow this; check how codes are handled for it": "режим работы с кодами маркировки, заданный для этого товара, не позволяет это действие; проверьте, какой режим задан",
	// CIS_VALIDATION_IN_PROGRESS_ERROR
	"marking-code checks are still running; wait a little and send the request again": "проверка кодов маркировки ещё идёт; немного подождите и повторите запрос",
	// CLIENT_CLOSED_REQUEST
	"the connection closed before the server answered; check client timeouts and retry": "соединение закрылось раньше, чем сервер ответил; проверьте тайм-ауты клиента и повторите запрос",
	// CLIENT_CREATION_FAILED
	"Direct could not create the client; try again later with a different login": "Директ не смог создать клиента; повторите запрос позже с другим логином",
	// CODE_ALREADY_ACCEPTED
	"the confirmation code was already accepted; nothing more to do": "код подтверждения уже принят; больше ничего делать не нужно",
	// CODE_NEED_BE_REFRESHED
	"too many wrong attempts; Market will issue a new confirmation code, use that one": "слишком много неверных попыток; используйте новый код подтверждения, который выдаст Маркет",
	// CONFLICT
	"the object's state forbids the operation": "состояние объекта не позволяет выполнить операцию",
	// CONSTRAINT_VIOLATION
	"fill in the product fields the message names (for example country of manufacture or URL)": "заполните поля товара, названные в сообщении (например, страну производства или URL)",
	// CONTENT_TYPE_MISSING
	"send Content-Type: application/json": "передайте заголовок Content-Type: application/json",
	// CONTRACT_NOT_FOUND
	"no matching contract was found; check the contract type and period you asked for": "подходящий договор не найден; проверьте тип договора и период в запросе",
	// CONTRACT_WITH_AGENCY
	"closing documents for this contract come from your agency; ask it": "закрывающие документы по этому договору предоставляет ваше агентство; запросите их у него",
	// COULD_NOT_FIND_COORDS
	"Market could not locate the address; send the outlet coordinates or a fuller address": "Маркет не смог определить координаты по адресу; передайте координаты точки продаж или более полный адрес",
	// COUNTRY_CODE_AND_GTD_ARE_REQUIRED_VALIDATION_ERROR
	"send both the country of origin and the GTD number for this item": "передайте для этого товара и код страны происхождения, и номер ГТД",
	// CREDENTIALS_MISSING
	"send an Api-Key header or an Authorization header with an OAuth token": "передайте заголовок Api-Key или заголовок Authorization с OAuth-токеном",
	// CURRENCY_LIST_UNDEFINED
	"an internal error that a retry does not fix; contact support with the request id": "внутренняя ошибка, которую повторный запрос не исправит; обратитесь в поддержку и укажите идентификатор запроса",
	// DATE_RANGE_INVERTED
	"the start of the range must come before its end": "начало периода должно быть раньше его конца",
	// DATE_RANGE_TOO_LONG
	"narrow the date range to the maximum the message gives, or split it into several requests": "сократите период до максимума, указанного в сообщении, или разбейте его на несколько запросов",
	// DATE_TOO_OLD
	"ask for data from the last 400 days only": "запрашивайте данные только за последние 400 дней",
	// DECLINE_REASON_ARE_REQUIRED_ERROR
	"when you decline, also send the reason": "при отказе обязательно передайте причину",
	// DEFAULT_PRICES_ONLY
	"the cabinet uses one price for all stores; work with prices at the cabinet (business) level, not per store": "в кабинете действует единая цена для всех магазинов; работайте с ценами на уровне кабинета (бизнеса), а не отдельного магазина",
	// DELETED_ITEMS_EXCEEDS_THRESHOLD
	"too large a share of the order would be removed; cancel the order instead": "из заказа удаляется слишком большая часть товаров; вместо этого отмените заказ",
	// DELIVERY_DATES_NOT_EDITABLE
	"delivery dates of this delivery type cannot be changed": "для этого типа доставки даты доставки изменить нельзя",
	// DELIVERY_DATE_EDIT_LIMIT
	"the delivery dates were changed as often as allowed; no more changes are possible": "даты доставки уже меняли максимально допустимое число раз; больше изменить их нельзя",
	// DELIVERY_DATE_IN_FUTURE
	"a real delivery date cannot be later than today": "фактическая дата доставки не может быть позже сегодняшнего дня",
	// DELIVERY_DATE_OUT_OF_RANGE
	"the real delivery date must lie between the order's creation and today": "фактическая дата доставки должна быть между датой создания заказа и сегодняшним днём",
	// DELIVERY_DATE_SHIFT_LIMIT
	"move the delivery date by no more days than the limit": "сдвигайте дату доставки не больше чем на допустимое число дней",
	// DELIVERY_DATE_UNCHANGED
	"send dates that differ from the current ones": "передайте даты, которые отличаются от текущих",
	// DELIVERY_TAX_INFO_INCORRECT_DELIVERY_SERVICE
	"delivery tax data cannot be sent for this order's delivery service": "для службы доставки этого заказа налоговые данные по доставке передать нельзя",
	// DELIVERY_TAX_INFO_INCORRECT_ORDER_STATUS
	"delivery tax data cannot be sent in the order's current status": "в текущем статусе заказа налоговые данные по доставке передать нельзя",
	// DELIVERY_TAX_INFO_INCORRECT_REQUEST
	"fix the delivery tax data in the request": "исправьте налоговые данные по доставке в запросе",
	// DELIVERY_TAX_INFO_NO_DBS_PARTNER
	"delivery tax data can be sent only by DBS stores": "налоговые данные по доставке может передавать только магазин по модели DBS",
	// DELIVERY_TAX_INFO_TAX_SYSTEM_IS_NOT_SUPPORTED
	"the store's tax system is not supported for delivery tax data": "система налогообложения магазина не поддерживается для налоговых данных по доставке",
	// DISCOUNT_BASE_TOO_LOW
	"the price before discount must be higher than the price": "цена до скидки должна быть выше цены",
	// DOCUMENT_NOT_FOUND
	"check the document id; the document may not exist yet": "проверьте идентификатор документа; возможно, документ ещё не сформирован",
	// DUPLICATE_CIS
	"each marking code may be sent only once": "каждый код маркировки можно передать только один раз",
	// DUPLICATE_COMMENT
	"the same comment was sent already; do not send it again": "такой же комментарий уже отправлен; не отправляйте его повторно",
	// DUPLICATE_ELEMENT
	"remove the repeated element": "уберите повторяющийся элемент",
	// DUPLICATE_LIST_ELEMENT
	"an element appears more than once in the list": "элемент встречается в списке больше одного раза",
	// DUPLICATE_MARKET_SKU
	"use each Market SKU only once in the request": "используйте каждый SKU на Маркете в запросе только один раз",
	// DUPLICATE_OBJECT_IGNORED
	"the object appears in the request more than once": "объект встречается в запросе больше одного раза",
	// DUPLICATE_OBJECT_IN_REQUEST
	"the object appears more than once in the request": "объект указан в запросе больше одного раза",
	// DUPLICATE_OFFER
	"each offer may appear once in a request; remove the repeats": "каждый товар можно указать в запросе только один раз; уберите повторы",
	// DUPLICATE_SITELINK_SET
	"the sitelink set duplicates one created before": "набор быстрых ссылок повторяет созданный ранее",
	// DUPLICATE_SKU
	"each SKU may appear once per warehouse": "каждый SKU можно указать только один раз для одного склада",
	// DUPLICATE_UIN
	"each UIN may be sent only once": "каждый УИН можно передать только один раз",
	// DUPLICATE_VCARD
	"the vCard duplicates one created before": "виртуальная визитка повторяет созданную ранее",
	// ELEMENT_COUNT_INVALID
	"too many elements, or none": "элементов слишком много или нет ни одного",
	// EMPTY_VALUE
	"send a non-empty value": "передайте непустое значение",
	// ENTITY_NOT_EDITABLE
	"questions cannot be edited; edit answers or comments": "вопросы редактировать нельзя; редактируйте ответы или комментарии",
	// EXTERNAL_ID_ALREADY_SET
	"the order's external id is set already; do not send it again": "внешний идентификатор заказа уже задан; не передавайте его повторно",
	// EXTERNAL_ORDER_ID_UPDATE_ERROR
	"the external order id cannot be set now; read the message (it may already be set, or the status is too late)": "внешний идентификатор заказа сейчас задать нельзя; прочитайте сообщение (возможно, он уже задан или заказ уже в слишком позднем статусе)",
	// FEEDBACK_NOT_FOUND
	"check the feedback ids": "проверьте идентификаторы отзывов",
	// FIELD_EMPTY
	"send a non-empty value; a list needs at least one element": "передайте непустое значение; в списке должен быть хотя бы один элемент",
	// FIELD_EMPTY_LIST_ITEM
	"remove the empty values from the list": "уберите из списка пустые значения",
	// FIELD_LENGTH_INVALID
	"fix the field's length": "исправьте длину значения поля",
	// FIELD_LENGTH_OUT_OF_RANGE
	"send a value whose length is inside the range": "передайте значение, длина которого укладывается в допустимый диапазон",
	// FIELD_NULL_ELEMENT
	"remove the null elements from the list": "уберите из списка элементы со значением null",
	// FIELD_OUT_OF_RANGE
	"send a value, or a length, inside the limits the message gives": "передайте значение, которое (или длина которого) укладывается в пределы, указанные в сообщении",
	// FIELD_PATTERN_MISMATCH
	"send a value that matches the pattern the message gives": "передайте значение, соответствующее шаблону из сообщения",
	// FIELD_REQUIRED
	"add the required field or parameter the message names": "добавьте обязательное поле или параметр, названные в сообщении",
	// FIELD_SCALE_TOO_HIGH
	"send the value with fewer decimal places": "передайте значение с меньшим числом знаков после запятой",
	// FIELD_SIZE_OUT_OF_RANGE
	"send a number of items inside the range": "передайте количество элементов в допустимом диапазоне",
	// FIELD_STRATEGY_MISMATCH
	"the field does not suit the campaign's strategy": "поле не подходит для стратегии кампании",
	// FIELD_TOO_LARGE
	"send a value at or below the maximum": "передайте значение не больше максимального",
	// FIELD_TOO_LONG
	"shorten the value": "сократите значение",
	// FIELD_TOO_SMALL
	"send a value at or above the minimum the message gives": "передайте значение не меньше минимального, указанного в сообщении",
	// FORBIDDEN
	"the credentials do not grant this operation": "переданные учётные данные не дают права на эту операцию",
	// FORBIDDEN_FIELD_DEFINITION
	"remove the field the message names; it may not be set here": "уберите поле, указанное в сообщении: его нельзя передавать в этом случае",
	// GATEWAY_TIMEOUT
	"the API did not answer in time; retry later": "API не ответил вовремя; повторите запрос позже",
	// GROUPED_WAREHOUSE
	"the warehouse is in a warehouse group; send stocks for just one warehouse of the group, using the id the warehouses method gives for it": "склад входит в группу складов; передавайте остатки только для одного склада группы, указывая идентификатор, который возвращает для него метод списка складов",
	// HIGHER_PRIORITY_SETTING_USED
	"a setting with higher priority will be used": "будет использована настройка с более высоким приоритетом",
	// HTTP_CLIENT_ERROR
	"the request was refused; read the status and the body": "запрос отклонён; посмотрите статус и тело ответа",
	// HTTP_SERVER_ERROR
	"the server failed; retry later": "сбой на сервере; повторите запрос позже",
	// ILLEGAL_URL_IN_COMMENT
	"remove links from the comment": "уберите ссылки из комментария",
	// INCOMPATIBLE_OPERATIONS
	"do not mix incompatible operations in one request": "не объединяйте несовместимые операции в одном запросе",
	// INCORRECT_INN
	"check the taxpayer number (INN) you sent": "проверьте переданный ИНН",
	// INSUFFICIENT_SCOPE
	"give the Api-Key token one of the access groups the method needs, or issue one that has it": "выдайте токену Api-Key один из доступов, которые нужны методу, или выпустите токен с таким доступом",
	// INTERNAL_ERROR
	"the server failed; retry later and contact support if it persists": "сбой на сервере; повторите запрос позже, а если ошибка не исчезнет, обратитесь в поддержку",
	// INVALID_BID_VALUE
	"send a bid within the allowed range and format": "передайте ставку в допустимом диапазоне и формате",
	// INVALID_BODY
	"the body is malformed, cut short, or has a value of the wrong type at the path the message gives; send a complete, valid document": "тело запроса составлено неверно, обрезано или содержит значение неверного типа по пути, указанному в сообщении; отправьте полный корректный документ",
	// INVALID_BOX_LAYOUT
	"fix the box layout as the listed violations say": "исправьте раскладку по грузоместам (коробкам) с учётом перечисленных нарушений",
	// INVALID_BUSINESS_ID_HEADER
	"X-Business-Id must be the cabinet's numeric id": "в заголовке X-Business-Id должен быть числовой идентификатор кабинета",
	// INVALID_CHARACTERS
	"remove the characters or operators not allowed in the field": "уберите символы или операторы, недопустимые в этом поле",
	// INVALID_COMMENT
	"shorten or fix the comment; the hidden-offer comment allowed at most 100 characters": "сократите или исправьте комментарий: для скрытия товара допускался комментарий не длиннее 100 символов",
	// INVALID_COORDINATES
	"send the outlet's coordinates as 'longitude, latitude'": "передайте координаты точки продаж в формате 'долгота, широта'",
	// INVALID_COUNTRY_CODE
	"send a two-letter ISO 3166-1 alpha-2 country code": "передайте двухбуквенный код страны по ISO 3166-1 alpha-2",
	// INVALID_CURRENCY
	"use a currency the cabinet and method support": "используйте валюту, которую поддерживают кабинет и метод",
	// INVALID_DELIVERY_INTERVAL
	"fetch the order's current delivery intervals and pick one of them": "получите текущие интервалы доставки заказа и выберите один из них",
	// INVALID_DELIVERY_OPTION
	"get current delivery options and pick one of them": "получите актуальные варианты доставки и выберите один из них",
	// INVALID_DELIVERY_TYPE
	"this delivery type is not allowed for the operation; choose one it supports": "этот тип доставки для операции не подходит; выберите поддерживаемый",
	// INVALID_DISCOUNT
	"the discount must lie in the range the message gives": "скидка должна быть в диапазоне, указанном в сообщении",
	// INVALID_ENCODING
	"send the body in UTF-8 and check its syntax": "передайте тело запроса в кодировке UTF-8 и проверьте его синтаксис",
	// INVALID_FEED_ID
	"drop the feedId or send a feed id that belongs to this store; feeds are gone from the current API": "уберите feedId или укажите идентификатор прайс-листа этого магазина; в текущем API прайс-листов уже нет",
	// INVALID_FEED_REPARSE_INTERVAL_MINUTES
	"send one positive reparse interval within the allowed range": "передайте одно положительное значение интервала перечитывания в допустимых пределах",
	// INVALID_FIELD_USE
	"the field is not allowed in this context": "это поле нельзя использовать в данном контексте",
	// INVALID_FIELD_VALUE
	"fix the field's value": "исправьте значение поля",
	// INVALID_FORMAT
	"fix the field's format": "исправьте формат поля",
	// INVALID_GEOTARGETING
	"fix the regions": "исправьте регионы",
	// INVALID_GTD
	"fix the customs declaration (GTD) number": "исправьте номер грузовой таможенной декларации (ГТД)",
	// INVALID_ITEM
	"fix the item data as the message says": "исправьте данные товара, как указано в сообщении",
	// INVALID_JSON
	"the body is not valid JSON; fix its syntax": "тело запроса не является корректным JSON; исправьте синтаксис",
	// INVALID_MAPPING
	"fix the link between your product and the Market card": "исправьте привязку товара к карточке на Маркете",
	// INVALID_MARKET_SKU
	"check the Market SKU; no such card exists": "проверьте SKU на Маркете: такой карточки нет",
	// INVALID_NEGATIVE_KEYWORDS
	"fix the negative keywords": "исправьте минус-слова",
	// INVALID_OBJECT_STATUS
	"the object's status forbids the operation": "статус объекта не позволяет выполнить операцию",
	// INVALID_OFFER_ID
	"fix the offer id (SKU): keep it within the allowed length and use only permitted printable characters": "исправьте SKU товара: не превышайте допустимую длину и используйте только разрешённые печатные символы",
	// INVALID_ORDER_BEFORE
	"send orderBefore as a valid hour of the day": "передайте в orderBefore корректный час суток",
	// INVALID_OUTLET
	"fix the outlet data as the message lists": "исправьте данные точки продаж, как указано в сообщении",
	// INVALID_OUTLET_REGION
	"use a town or city region for the outlet": "укажите для точки продаж регион уровня города или другого населённого пункта",
	// INVALID_PAGE
	"fix Limit or Offset": "исправьте Limit или Offset",
	// INVALID_PARENT_ENTITY
	"reply to an answer, not to a comment": "отвечайте на ответ, а не на комментарий",
	// INVALID_PAYOUT_PARAMS
	"use a payout frequency and delay combination the method lists": "используйте одно из сочетаний частоты выплат и отсрочки, перечисленных для метода",
	// INVALID_PHONE_FORMAT
	"send the phone number in the documented format": "передайте номер телефона в формате из документации",
	// INVALID_QUERY_PARAMETER
	"fix the query-string parameter the message names": "исправьте параметр строки запроса, указанный в сообщении",
	// INVALID_REQUEST
	"the request is malformed or misses a required parameter; read the detail": "запрос составлен неверно или в нём нет обязательного параметра; прочитайте подробное описание ошибки",
	// INVALID_REQUEST_PARAMS
	"fix the request parameters": "исправьте параметры запроса",
	// INVALID_RETURN_COUNT
	"fix the item counts of the return": "исправьте количество товаров в возврате",
	// INVALID_RETURN_OFFERS
	"return only products and quantities that were in the delivered order": "оформляйте возврат только на товары и количество из доставленного заказа",
	// INVALID_RETURN_REASON
	"use a return reason and sub-reason pair from the documented list": "укажите причину и подпричину возврата из списка в документации",
	// INVALID_RNPT
	"fix the RNPT (batch registration number) of the item": "исправьте РНПТ (регистрационный номер партии товара)",
	// INVALID_SELECTION_CRITERIA
	"fix SelectionCriteria: fewer ids, or at least one of the required filters": "исправьте SelectionCriteria: укажите меньше идентификаторов или хотя бы один из обязательных фильтров",
	// INVALID_SHOP_SKU
	"correct the shop SKU value of the item": "исправьте значение SKU товара",
	// INVALID_STATUS_FILTER
	"use a valid order status in the filter": "укажите в фильтре допустимый статус заказа",
	// INVALID_TEMPLATE
	"fix the use of the ## template": "исправьте использование шаблона ##",
	// INVALID_TIME_FORMAT
	"send times as HH:MM with valid hours and minutes": "передавайте время в формате ЧЧ:ММ с корректными часами и минутами",
	// INVALID_TTL
	"send a hiding period in hours within the allowed range (it was 1 to 720)": "передайте срок скрытия в часах в допустимых пределах (допускалось от 1 до 720)",
	// INVALID_VAT
	"use a VAT rate from the documented list": "используйте ставку НДС из списка в документации",
	// INVALID_WAREHOUSE_ID
	"use a warehouse id returned by the warehouses method for this store or cabinet": "укажите идентификатор склада из ответа метода списка складов этого магазина или кабинета",
	// INVALID_WEIGHT_DIMENSIONS
	"weight and dimensions must be greater than zero": "вес и габариты должны быть больше нуля",
	// ITEMS_ADDITION_NOT_SUPPORTED
	"you can only remove items or lower counts; an order cannot be enlarged": "можно только удалять товары или уменьшать их количество; увеличить заказ нельзя",
	// ITEM_DUPLICATE
	"list each order item only once": "укажите каждый товар заказа только один раз",
	// ITEM_NOT_FOUND
	"use item ids from this order": "используйте идентификаторы товаров из этого заказа",
	// ITEM_SHIPPED
	"the item has already been shipped and cannot be changed": "товар уже отгружен, изменить его нельзя",
	// KEYWORD_ALREADY_SUSPENDED
	"the keyword was already suspended": "ключевая фраза уже остановлена",
	// KEYWORD_CREATED_ON_UPDATE
	"the update created a new keyword": "при обновлении создана новая ключевая фраза",
	// KEYWORD_EXISTS
	"the keyword exists already": "такая ключевая фраза уже есть",
	// KEYWORD_NOT_SUSPENDED
	"the keyword was not suspended": "ключевая фраза не остановлена",
	// KEYWORD_ONLY_STOP_WORDS
	"a keyword may not be stop words alone": "ключевая фраза не может состоять только из стоп-слов",
	// KEYWORD_TOO_MANY_WORDS
	"use fewer words in the keyword": "уменьшите число слов в ключевой фразе",
	// KEYWORD_WORD_TOO_LONG
	"shorten the keyword's words": "сократите слова ключевой фразы",
	// LANGUAGE_GEO_MISMATCH
	"the ad language does not suit the geotargeting": "язык объявления не соответствует геотаргетингу",
	// LIMITED_FUNCTIONALITY
	"the feature is not available to this account": "эта функция недоступна для данного аккаунта",
	// LOCKED
	"the method cannot be used for this object now; read the message": "сейчас метод нельзя использовать для этого объекта; прочитайте сообщение",
	// LOGIN_NOT_FOUND
	"check the login": "проверьте логин",
	// LOGIN_NOT_IN_DIRECT
	"the login has no Direct account; create a campaign in the web interface first": "у логина нет аккаунта в Директе; сначала создайте кампанию в интерфейсе Директа",
	// LOGIN_TAKEN
	"the login is taken; choose another": "логин занят; выберите другой",
	// MALFORMED_ERROR
	"the body looks like an error document but could not be read; see the message and the raw body": "тело похоже на документ с ошибкой, но прочитать его не удалось; смотрите сообщение и исходное тело ответа",
	// MESSAGE_NOT_FOUND
	"check the message and chat ids": "проверьте идентификаторы сообщения и чата",
	// METHOD_CALL_LIMIT
	"the method's daily call allowance is spent; until the day ends it takes one call every ten minutes": "суточный лимит вызовов метода исчерпан; до конца суток метод принимает один вызов в десять минут",
	// METHOD_DEPRECATED
	"move to the method's replacement; calls to it are refused more and more often": "перейдите на метод-замену; вызовы этого метода отклоняются всё чаще",
	// METHOD_NOT_ALLOWED
	"the resource does not support this HTTP method": "ресурс не поддерживает этот HTTP-метод",
	// METHOD_NOT_SUPPORTED_FOR_SELLER_TYPE
	"this method is not available to Market Yandex Go sellers": "этот метод недоступен продавцам Market Yandex Go",
	// MISSING_CODE
	"the error carries no code; read the message": "у ошибки нет кода; прочитайте сообщение",
	// MISSING_OFFER_ID
	"every item needs an offerId": "у каждого товара должен быть offerId",
	// MISSING_PRICE
	"send a price value for the offer": "передайте цену товара",
	// MIXED_ID_TYPES
	"use ids of one type in one request": "используйте в одном запросе идентификаторы одного типа",
	// MODEL_NOT_FOUND
	"check the model id": "проверьте идентификатор модели",
	// MUTUALLY_EXCLUSIVE_FIELDS
	"pass only one of the mutually exclusive fields": "передайте только одно из взаимоисключающих полей",
	// MUTUALLY_EXCLUSIVE_PARAMS
	"pass only one of the mutually exclusive parameters": "передайте только один из взаимоисключающих параметров",
	// NEGATIVE_KEYWORDS_TOO_LONG
	"shorten the negative keywords": "сократите минус-слова",
	// NEGATIVE_KEYWORD_IS_PHRASE
	"a negative keyword must be one word": "минус-слово должно быть одним словом, а не словосочетанием",
	// NON_POSITIVE_LIMIT
	"send a limit of 1 or more": "передайте limit не меньше 1",
	// NOT_ACCEPTABLE
	"ask for a response format the method supports (JSON)": "запросите формат ответа, который поддерживает метод (JSON)",
	// NOT_ARCHIVED
	"the object was not archived": "объект не в архиве",
	// NOT_BUSINESS_BUYER
	"the buyer is a person, not a business; this call applies to business buyers only": "покупатель — физическое лицо, а не организация; этот вызов применим только к бизнес-покупателям",
	// NOT_ENOUGH_STOCK
	"the listed offers lack stock; update stocks or drop them": "по указанным товарам не хватает остатков; обновите остатки или уберите эти товары",
	// NOT_FOUND
	"check the URL and the ids in the request": "проверьте URL и идентификаторы в запросе",
	// NOT_IMPLEMENTED
	"the server does not support this method": "сервер не поддерживает этот метод",
	// NOT_SUPPORTED
	"the object or operation is not supported here (a bid modifier for this campaign type, say)": "объект или операция здесь не поддерживаются (например, корректировка ставок для этого типа кампании)",
	// NOT_SUPPORTED_BY_DELIVERY_SERVICE
	"the order's delivery service does not allow removing items; cancel the order if needed": "служба доставки заказа не позволяет удалять товары; при необходимости отмените заказ",
	// NOT_SUSPENDED
	"the object was not suspended": "объект не остановлен",
	// NO_API_ACCESS
	"the user has no API access, or not from this IP address": "у пользователя нет доступа к API или нет доступа с этого IP-адреса",
	// NO_EMAIL
	"an e-mail address is needed for this operation and none is available; supply one": "для этой операции нужен адрес электронной почты, но его нет; укажите адрес",
	// NO_METHOD_ACCESS
	"the method is granted on request (AgencyClients.add, for one)": "доступ к методу выдаётся по заявке (например, к AgencyClients.add)",
	// NO_REQUIRED_FIELDS
	"add the required fields the message names": "добавьте обязательные поля, названные в сообщении",
	// NO_RIGHTS
	"the user lacks rights for this: a read-only user writing, a Client-Login that is not the agency's client, or an account not yet converted to a currency": "у пользователя нет прав на это: пользователь с доступом только на чтение вносит изменения, в Client-Login указан не клиент агентства или аккаунт ещё не переведён на работу в валюте",
	// OAUTH_CLIENT_ID_INVALID
	"the oauth_client_id does not match the token; fix it or switch to an Api-Key token": "oauth_client_id не соответствует токену; исправьте его или перейдите на токен Api-Key",
	// OAUTH_CLIENT_ID_MISSING
	"the legacy OAuth header needs oauth_client_id; better, switch to an Api-Key token": "для устаревшего заголовка OAuth нужен oauth_client_id; лучше перейдите на токен Api-Key",
	// OAUTH_SCOPE_INVALID
	"the token was issued to an app without Market access; get a token through an app with market:partner-api": "токен выдан приложению без доступа к Маркету; получите токен через приложение с доступом market:partner-api",
	// OAUTH_TOKEN_INVALID
	"the OAuth token expired or was revoked; get a new one (a dead Api-Key is a 401, a dead OAuth token a 403)": "срок действия OAuth-токена истёк или токен отозван; получите новый (недействительный Api-Key даёт 401, недействительный OAuth-токен — 403)",
	// OAUTH_TOKEN_MISSING
	"send the OAuth token in the Authorization header, after the word Bearer": "передайте OAuth-токен в заголовке Authorization после слова Bearer",
	// OAUTH_TOKEN_REVOKED
	"the user signed out everywhere in Yandex ID; get a new OAuth token": "пользователь вышел из Яндекс ID на всех устройствах; получите новый OAuth-токен",
	// OBJECT_ALREADY_EXISTS
	"an object with these characteristics exists already": "объект с такими характеристиками уже существует",
	// OBJECT_LIMIT_REACHED
	"the account holds the most objects allowed; delete or archive some first (this does not refill by itself)": "в аккаунте уже максимально допустимое число объектов; сначала удалите или заархивируйте часть из них (сам по себе лимит не восстанавливается)",
	// OBJECT_NOT_FOUND
	"the object does not exist, or the Client-Login header names the wrong client": "объект не существует или в заголовке Client-Login указан не тот клиент",
	// OFFERS_NOT_FOUND
	"check the offer ids (SKUs) against the catalog": "сверьте идентификаторы товаров (SKU) с каталогом",
	// OFFER_MAPPING_NOT_FOUND
	"the SKU is not mapped to an offer of this store; map it first or drop it": "SKU не сопоставлен с товаром этого магазина; сначала сопоставьте его или уберите из запроса",
	// OFFER_NOT_DELETED
	"Market did not delete the offer and did not say why; check it in the cabinet": "Маркет не удалил товар и не указал причину; проверьте его в личном кабинете на Маркете",
	// OFFER_NOT_FOUND
	"check the offer id": "проверьте идентификатор товара",
	// OFFER_NOT_MATCHED
	"the offer is not matched to a Market card; link it first": "товар не сопоставлен с карточкой Маркета; сначала привяжите его",
	// OFFER_NOT_PROCESSED
	"Market did not process the offer and did not say why; send it again later": "Маркет не обработал товар и не указал причину; позже отправьте товар ещё раз",
	// OFFER_NOT_UNARCHIVED
	"Market did not take the offer out of the archive and did not say why": "Маркет не вернул товар из архива и не указал причину",
	// OPERATION_ERROR
	"the operation failed on the server; retry shortly (blindly only if the call is idempotent)": "операция завершилась ошибкой на сервере; повторите запрос чуть позже (повторять вслепую можно, только если вызов идемпотентен)",
	// OPERATION_NOT_FOUND
	"the method name is wrong": "неверное имя метода",
	// ORDER_ACTION_NOT_ALLOWED
	"the order's status and substatus do not allow this action; check the order's current state first": "статус и подстатус заказа не позволяют выполнить это действие; сначала проверьте текущее состояние заказа",
	// ORDER_ALREADY_EXISTS
	"an order with this external id exists already; use a new id or treat the repeat as done": "заказ с таким внешним идентификатором уже есть; используйте новый идентификатор или считайте повторный запрос выполненным",
	// ORDER_EDIT_ERROR
	"the order change was refused; read the message for the cause": "изменение заказа отклонено; причина указана в сообщении",
	// ORDER_IN_CANCELLATION
	"the order is being cancelled; it cannot be changed": "заказ отменяется; изменить его нельзя",
	// ORDER_IN_TERMINAL_STATE
	"the order is finished (delivered or cancelled); it cannot be changed": "заказ завершён (доставлен или отменён); изменить его нельзя",
	// ORDER_ITEMS_FROZEN
	"items cannot change once the order is READY_TO_SHIP": "после перехода заказа в статус READY_TO_SHIP товары в нём изменить нельзя",
	// ORDER_MODIFICATION_NOT_ALLOWED
	"the order can no longer be changed in its current state": "в текущем состоянии заказ изменить уже нельзя",
	// ORDER_NOT_DIGITAL
	"this call applies to digital orders only": "этот вызов применим только к цифровым заказам",
	// ORDER_NOT_FOUND
	"check the order id and the campaign it belongs to": "проверьте идентификатор заказа и кампанию, к которой он относится",
	// ORDER_STATUS_CHANGE_FORBIDDEN
	"your role may not change the order's status this way": "ваша роль не позволяет так менять статус заказа",
	// ORDER_STATUS_NOT_ALLOWED
	"use an order status this call accepts": "используйте статус заказа, который принимает этот вызов",
	// ORDER_STATUS_TRANSITION_FORBIDDEN
	"the order cannot move from its current status to the one requested; check the order status model": "заказ нельзя перевести из текущего статуса в запрошенный; сверьтесь с моделью статусов заказа",
	// ORDER_STATUS_UPDATE_FAILED
	"the order's status was not changed; read the details": "статус заказа не изменён; прочитайте подробности",
	// ORDER_WRONG_STATUS
	"the order is not in the status this call needs (usually PROCESSING); check its status first": "заказ не в том статусе, который нужен для этого вызова (обычно PROCESSING); сначала проверьте его статус",
	// OTHER_REMOVE_ITEM_ERROR
	"the item cannot be removed; read the message, and cancel the order if it cannot be fulfilled": "товар нельзя удалить; прочитайте сообщение и, если заказ невозможно выполнить, отмените его",
	// OUTLET_ALREADY_EXISTS
	"an outlet with this code exists; use another code or update the existing outlet": "точка продаж с таким кодом уже есть; укажите другой код или обновите существующую точку продаж",
	// OUTLET_DELIVERY_RANGE_TOO_WIDE
	"narrow the outlet's delivery period": "сузьте диапазон сроков доставки для точки продаж",
	// OUTLET_EDIT_DISABLED
	"the outlet is locked because delivery to Market pick-up points was refused; support can re-enable it": "точка продаж заблокирована, потому что доставку в пункты выдачи Маркета отклонили; поддержка может снова её включить",
	// OUTLET_NOT_FOUND
	"check the outlet id": "проверьте идентификатор точки продаж",
	// PAGE_LIMIT_EXCEEDED
	"the page size (limit) is too large; ask for fewer items per page. This is not a rate limit": "размер страницы (limit) слишком большой; запрашивайте меньше элементов на странице (это не ограничение частоты запросов)",
	// PARALLEL_LIMIT_EXCEEDED
	"too many requests at once for this store or cabinet; send fewer in parallel": "слишком много одновременных запросов для этого магазина или кабинета; отправляйте меньше запросов параллельно",
	// PARAMETER_DELETE_AND_SET
	"either delete the parameter or set it, not both": "либо удалите параметр, либо задайте его, но не то и другое сразу",
	// PARAMETER_NOT_APPLIED
	"the parameter will not be applied": "параметр не будет применён",
	// PARAMS_MUTUALLY_EXCLUSIVE
	"send only one of the parameters the message names": "передайте только один из параметров, названных в сообщении",
	// PARAM_REQUIRED
	"add the parameter the message names": "добавьте параметр, названный в сообщении",
	// PARTNER_NOT_FOUND
	"check the partner id": "проверьте идентификатор партнёра",
	// PAYMENT_PROHIBITS_DELETE
	"the order's payment method does not allow removing items; cancel the order if needed": "способ оплаты заказа не позволяет удалять товары; при необходимости отмените заказ",
	// PAYMENT_REQUIRED
	"the account needs payment or a subscription": "для аккаунта нужна оплата или подписка",
	// PHOTO_UPLOAD_FAILED
	"Market could not fetch the photos; check that their URLs are public, then retry": "Маркет не смог скачать фотографии; проверьте, что их URL общедоступны, и повторите запрос",
	// PICKUP_EXPIRED_CANCELLATION_FORBIDDEN
	"the order can no longer be cancelled this way after its pickup storage period ended": "после окончания срока хранения в пункте выдачи отменить заказ таким способом нельзя",
	// POINTS_EXHAUSTED
	"the API points (units) are spent, not money: points return hourly on the user's own schedule; wait, or make cheaper requests": "израсходованы баллы API (units), а не деньги: баллы пополняются каждый час по собственному расписанию пользователя; подождите или делайте более дешёвые запросы",
	// PRIORITY_NOT_APPLIED
	"the priority will not be applied": "приоритет не будет применён",
	// PROBLEMS_IN_OTHER_OFFERS
	"this item is fine; fix the other items in the batch and send the whole request again": "с этим товаром всё в порядке; исправьте ошибки в других товарах пакета и отправьте весь запрос ещё раз",
	// PROMO_ENDED
	"the promo is over; choose an active one": "акция закончилась; выберите действующую",
	// PROMO_ENTRY_DEADLINE_EXCEEDED
	"the deadline to join or change this promotion has passed": "срок, до которого можно было присоединиться к акции или изменить участие в ней, истёк",
	// PROMO_MECHANICS_NOT_SUPPORTED
	"this kind of promotion cannot be managed through the API; use the seller cabinet": "акцией такого типа нельзя управлять через API; используйте личный кабинет на Маркете",
	// PROMO_PROHIBITS_DELETE
	"items added under a promotion cannot be removed; cancel the order if needed": "товары, добавленные по акции, удалить нельзя; при необходимости отмените заказ",
	// PROMO_SINGLE_OFFER_RATE_LIMIT
	"batch several offerIds per promoId instead of one request per offer": "передавайте несколько offerId для одного promoId в одном запросе вместо отдельного запроса на каждый товар",
	// REGION_NOT_FOUND
	"check the region id": "проверьте идентификатор региона",
	// REGION_TEXT_MISMATCH
	"the ad text does not suit the display regions": "текст объявления не соответствует регионам показа",
	// REPORT_NOT_FOUND
	"check the report id; generated reports expire": "проверьте идентификатор отчёта; срок хранения сформированных отчётов ограничен",
	// REPORT_NOT_ONLINE
	"the report cannot be built online; request it with processingMode auto or offline": "отчёт нельзя сформировать в режиме онлайн; запросите его с processingMode auto или offline",
	// REPORT_QUEUE_FULL
	"the offline report queue is full (five per user); wait for a report to finish": "очередь офлайн-отчётов заполнена (не больше пяти на пользователя); дождитесь, пока один из отчётов сформируется",
	// REQUEST_TIMEOUT
	"the server timed out reading the request; send it again": "сервер не успел прочитать запрос за отведённое время; повторите запрос",
	// REQUEST_TOO_LARGE
	"split the request into smaller ones (Market takes a body of at most 512 KB)": "разбейте запрос на несколько меньших (Маркет принимает тело запроса не больше 512 КБ)",
	// REQUIRED_FIELD_GROUP_MISSING
	"pass at least one field of the group": "передайте хотя бы одно поле из группы",
	// REQUIRED_PARAM_GROUP_MISSING
	"pass at least one parameter of the group": "передайте хотя бы один параметр из группы",
	// RESOURCE_LIMIT_EXCEEDED
	"the method's quota for this period is spent; it is usable again at X-RateLimit-Resource-Until": "квота метода на этот период исчерпана; метод снова станет доступен в момент, указанный в X-RateLimit-Resource-Until",
	// RESOURCE_NOT_FOUND
	"check the object id, the URL and the method version": "проверьте идентификатор объекта, URL и версию метода",
	// RESTRICTED_BY_MARKETPLACE_REGION
	"this is not available in your store's marketplace region": "это недоступно в регионе площадки, где работает магазин",
	// RESTRICTED_FOR_ADVERTISER
	"this is closed for your advertiser account": "это действие закрыто для вашего рекламного аккаунта",
	// RETURN_ALREADY_EXISTS
	"the return exists already; a repeated request can be treated as done": "возврат уже существует; повторный запрос можно считать выполненным",
	// RETURN_NOT_ALLOWED
	"a return can be created only for an order in a status that allows it (delivered)": "возврат можно создать только для заказа в статусе, который это позволяет (доставлен)",
	// RETURN_NOT_FOUND
	"check the return and order ids": "проверьте идентификаторы возврата и заказа",
	// SELECTION_TOO_BROAD
	"narrow the selection (Limit + Offset has a ceiling)": "сузьте выборку (у суммы Limit + Offset есть верхний предел)",
	// SERVER_UNAVAILABLE
	"the API server is temporarily unavailable; retry shortly, then contact support if it persists": "сервер API временно недоступен; повторите запрос чуть позже, а если ошибка не исчезнет, обратитесь в поддержку",
	// SERVICE_INIT_ERROR
	"the service failed to start handling the request; retry shortly": "сервису не удалось начать обработку запроса; повторите запрос чуть позже",
	// SERVICE_UNAVAILABLE
	"the service is overloaded or down; retry later, and contact support if it persists": "сервис перегружен или недоступен; повторите запрос позже, а если ошибка не исчезнет, обратитесь в поддержку",
	// SETTING_NOT_CHANGED
	"the setting will not be changed": "настройка не будет изменена",
	// SHARED_ACCOUNT_ERROR
	"the shared account could not be connected; check it in the web interface": "не удалось подключить общий счёт; проверьте его в интерфейсе Директа",
	// SHIPMENT_ALREADY_CONFIRMED
	"the shipment is confirmed already; do not confirm it again": "отгрузка уже подтверждена; не подтверждайте её повторно",
	// SHIPMENT_CUTOFF_NOT_REACHED
	"the shipment cannot be confirmed before its cutoff time; try again after it": "отгрузку нельзя подтвердить до времени отсечки; повторите запрос, когда оно наступит",
	// SHIPMENT_EMPTY
	"add orders to the shipment first": "сначала добавьте заказы в отгрузку",
	// SHIPMENT_INVALID_ORDERS
	"fix or move the listed orders out of the shipment": "исправьте перечисленные заказы или перенесите их из отгрузки",
	// SHIPMENT_NOT_CONFIRMED
	"confirm the shipment before this call": "подтвердите отгрузку перед этим вызовом",
	// SHIPMENT_NOT_FOUND
	"check the shipment id": "проверьте идентификатор отгрузки",
	// SHIPMENT_NOT_READY
	"there is no shipment to build the act for yet; try again once it exists": "отгрузки, для которой можно сформировать акт, ещё нет; повторите запрос, когда она появится",
	// SHIPMENT_NO_PROCESSED_ORDERS
	"move the shipment's orders to READY_TO_SHIP, then try again": "переведите заказы отгрузки в статус READY_TO_SHIP и повторите запрос",
	// SHIPMENT_ORDERS_NOT_PROCESSED
	"move the listed orders to READY_TO_SHIP, then try again": "переведите перечисленные заказы в статус READY_TO_SHIP и повторите запрос",
	// SHIPMENT_TRANSFER_IN_PROGRESS
	"orders are still being moved out of the shipment, which takes up to 30 minutes; then try again": "заказы ещё переносятся из отгрузки, это занимает до 30 минут; потом повторите запрос",
	// SIGNER_NOT_FOUND
	"name a login that belongs to the cabinet or store": "укажите логин, который относится к кабинету или магазину",
	// SIGNER_NO_ROLE
	"name a login with the rights to sign documents": "укажите логин с правом подписывать документы",
	// STATUS_ERROR
	"the response says ERROR but lists no error": "в ответе статус ERROR, но не указано ни одной ошибки",
	// STOCK_DATE_IN_FUTURE
	"the stock's updatedAt cannot be in the future": "дата updatedAt у остатков не может быть в будущем",
	// STOCK_DATE_TOO_OLD
	"send a stock updatedAt within the last day": "передайте updatedAt остатков в пределах последних суток",
	// SUBSCRIPTION_REQUIRED
	"the cabinet's subscription does not include this (data older than 90 days needs one); upgrade it or narrow the request": "подписка кабинета этого не включает (подписка нужна для данных старше 90 дней); повысьте уровень подписки или сузьте запрос",
	// SUBSTATUS_NOT_ALLOWED
	"use a substatus allowed for the order's current status": "укажите подстатус, допустимый для текущего статуса заказа",
	// SUPPLY_REQUEST_NOT_FOUND
	"check the supply request id": "проверьте идентификатор заявки на поставку",
	// TARGETING_ALREADY_SUSPENDED
	"the targeting condition was already suspended": "условие нацеливания уже остановлено",
	// TARGETING_NOT_SUSPENDED
	"the targeting condition was not suspended": "условие нацеливания не остановлено",
	// TEXT_BANNERS_CLOSED
	"creating text banners is closed": "создание текстовых баннеров закрыто",
	// TOKEN_INVALID
	"the OAuth token is invalid, expired or revoked; get a new one": "OAuth-токен недействителен, истёк или отозван; получите новый",
	// TOO_FEW_CISES_FOR_ITEM
	"send a marking code for every unit of the item": "передайте код маркировки для каждой единицы товара",
	// TOO_FEW_UINS_FOR_ITEM
	"send a UIN for every unit of the jewellery item": "передайте УИН для каждой единицы ювелирного изделия",
	// TOO_MANY_CISES_FOR_ITEM
	"send no more marking codes than the item count": "передайте не больше кодов маркировки, чем единиц товара",
	// TOO_MANY_CONNECTIONS
	"more than five requests at once for this advertiser; retry shortly with less parallelism": "больше пяти одновременных запросов для этого рекламодателя; повторите запрос чуть позже, уменьшив их число",
	// TOO_MANY_OBJECTS
	"split the request: it holds more objects than the method allows": "разбейте запрос: в нём больше объектов, чем допускает метод",
	// TOO_MANY_REQUESTS
	"too many requests; slow down and retry later": "слишком много запросов; снизьте частоту и повторите запрос позже",
	// TOO_MANY_UINS_FOR_ITEM
	"send no more UINs than the item count": "передайте не больше УИН, чем единиц товара",
	// TRACKING_DOMAIN_UNSUPPORTED
	"the tracking system's domain is not supported; change the URL": "домен системы отслеживания не поддерживается; измените URL",
	// TRACK_CODE_ALREADY_USED
	"this track number is already used for that delivery service; send the right one": "этот трек-номер уже использован для этой службы доставки; передайте правильный",
	// TYPE_MISMATCH
	"send the value with the documented type": "передайте значение того типа, который указан в документации",
	// UIN_VALIDATION_IN_PROGRESS_ERROR
	"UIN checks are still running; wait a little and send the request again": "проверка УИН ещё идёт; немного подождите и повторите запрос",
	// UNAUTHORIZED
	"the credentials are missing or not accepted; send a valid token": "учётные данные не переданы или не приняты; передайте действующий токен",
	// UNEXPECTED_STATUS
	"the response is neither a success nor an API error": "ответ не является ни успешным, ни ошибкой API",
	// UNKNOWN_CATEGORY
	"check the category ids against the category tree": "сверьте идентификаторы категорий с деревом категорий",
	// UNKNOWN_CODE
	"a code the catalog does not hold, or not a number; read the message and detail": "кода нет в каталоге, или это не число; прочитайте сообщение и подробности",
	// UNKNOWN_ITEM_ERROR
	"Market did not say why": "Маркет не указал причину",
	// UNKNOWN_PARAMETER
	"remove the parameter or characteristic Market does not know for this category": "уберите параметр или характеристику, которых нет у этой категории",
	// UNKNOWN_WARNING
	"a warning the catalog does not hold; the operation was done, read the message": "предупреждения нет в каталоге; операция выполнена, прочитайте сообщение",
	// UNPROCESSABLE_ENTITY
	"the request is well-formed but its values are not accepted": "запрос составлен правильно, но его значения не приняты",
	// UNSUPPORTED_MEDIA_TYPE
	"send the body as application/json with the matching Content-Type": "отправляйте тело запроса в формате application/json с соответствующим заголовком Content-Type",
	// URI_TOO_LONG
	"shorten the URL; move parameters into the body": "сократите URL; перенесите параметры в тело запроса",
	// USER_CREATION_FAILED
	"Direct could not create the Yandex account; try again later": "Директ не смог создать учётную запись на Яндексе; повторите запрос позже",
	// USER_DISABLED
	"the token's user is blocked; contact support": "пользователь, которому принадлежит токен, заблокирован; обратитесь в поддержку",
	// USER_UNREACHABLE_NOT_ALLOWED
	"you cannot cancel as USER_UNREACHABLE until the call conditions are met; call the buyer as required first": "отменить заказ с причиной USER_UNREACHABLE можно только после выполнения условий по звонкам; сначала позвоните покупателю столько раз, сколько требуют правила",
	// V4_ACCESS_BLOCKED
	"API access is blocked for this user; contact Direct support": "доступ к API для этого пользователя заблокирован; обратитесь в поддержку Директа",
	// V4_ARCHIVED_NOT_EDITABLE
	"archived campaigns and ads cannot be changed; unarchive first": "архивные кампании и объявления изменить нельзя; сначала разархивируйте их",
	// V4_BAD_REQUEST
	"the request is malformed; fix it before sending again": "запрос составлен неверно; исправьте его перед повторной отправкой",
	// V4_CAMPAIGN_AD_LIMIT
	"the campaign holds as many ads as allowed; archive or delete some, or use another campaign": "в кампании максимальное число объявлений; заархивируйте или удалите часть либо используйте другую кампанию",
	// V4_CAMPAIGN_LIMIT_REACHED
	"the account has as many campaigns as allowed; archive or delete some first": "в аккаунте максимальное число кампаний; сначала заархивируйте или удалите часть",
	// V4_CLIENT_NOT_FOUND
	"no such client exists; check the client login": "такого клиента нет; проверьте логин клиента",
	// V4_CONTEXT_PRICE_LOCKED
	"ContextPrice cannot be changed for keywords active on search": "ContextPrice нельзя менять для ключевых фраз, активных на поиске",
	// V4_FIELD_NOT_ARRAY
	"send this parameter as an array, not as a single value or an object": "передайте этот параметр массивом, а не отдельным значением или структурой",
	// V4_FORECAST_NOT_FOUND
	"no budget forecast has this ID; create the forecast first": "прогноза с таким идентификатором нет; сначала создайте прогноз",
	// V4_FORECAST_PENDING
	"the budget forecast is still being built; ask again in a few seconds": "прогноз бюджета ещё формируется; повторите запрос через несколько секунд",
	// V4_FORECAST_UNAVAILABLE
	"the report is temporarily unavailable; try again in a minute": "отчёт временно недоступен; повторите запрос через минуту",
	// V4_INTERNAL_ERROR
	"v4 internal error; retry shortly": "внутренняя ошибка API v4; повторите запрос чуть позже",
	// V4_INVALID_AUTOBROKER
	"fix the AutoBroker value": "исправьте значение AutoBroker",
	// V4_INVALID_BANNER_FILTER
	"fix the Banner filter in the statistics request": "исправьте фильтр Banner в запросе статистики",
	// V4_INVALID_BANNER_ID
	"check the BannerID: it must name an existing ad of this user": "проверьте BannerID: он должен указывать на существующее объявление этого пользователя",
	// V4_INVALID_BANNER_INFO
	"fix the structure of the BannerInfo objects": "исправьте структуру объектов BannerInfo",
	// V4_INVALID_BANNER_PARAM
	"fix the BannerID parameter of the request": "исправьте параметр BannerID в запросе",
	// V4_INVALID_CAMPAIGN_ID
	"check the CampaignID: it must name an existing campaign that this user may access": "проверьте CampaignID: он должен указывать на существующую кампанию, доступную этому пользователю",
	// V4_INVALID_CAMPAIGN_INFO
	"fix the campaign parameters in the request": "исправьте параметры кампании в запросе",
	// V4_INVALID_CAMPAIGN_TYPE
	"use a campaign type this method accepts": "укажите тип кампании, который принимает этот метод",
	// V4_INVALID_DATE
	"send StartDate and EndDate in the date format the method documents": "передайте StartDate и EndDate в формате даты, указанном в документации метода",
	// V4_INVALID_DATE_GROUPING
	"fix the Date (group-by-date) setting of the statistics request": "исправьте параметр Date (группировка по дате) в запросе статистики",
	// V4_INVALID_DATE_RANGE
	"make the start date no later than the end date": "дата начала должна быть не позже даты окончания",
	// V4_INVALID_FINANCE_TOKEN
	"send a valid finance token built from the master token for this operation, not the OAuth token": "передайте корректный финансовый токен, сформированный на основе мастер-токена для этой операции, а не OAuth-токен",
	// V4_INVALID_FORECAST_GEO
	"fix the regions given in GeoID": "исправьте регионы в параметре GeoID",
	// V4_INVALID_FORECAST_ID
	"fix the ForecastID of the request": "исправьте ForecastID в запросе",
	// V4_INVALID_FORECAST_PHRASES
	"fix the keywords given in Phrases": "исправьте ключевые фразы в параметре Phrases",
	// V4_INVALID_GEO_FILTER
	"fix the Geo (region) filter in the statistics request": "исправьте фильтр Geo (регионы) в запросе статистики",
	// V4_INVALID_LIMIT
	"set Limit to a whole number greater than zero": "укажите в Limit целое число больше нуля",
	// V4_INVALID_LOGIN
	"check the user login in the request": "проверьте логин пользователя в запросе",
	// V4_INVALID_OFFSET
	"fix the Offset value of the request": "исправьте значение Offset в запросе",
	// V4_INVALID_OPERATION_NUM
	"use a new operation number larger than any used before and build the finance token with it": "используйте новый номер операции, больший любого из использованных ранее, и сформируйте с ним финансовый токен",
	// V4_INVALID_PAGE_FILTER
	"fix the site type given in the Page filter": "исправьте тип площадки в фильтре Page",
	// V4_INVALID_PAGE_NAME_FILTER
	"fix the PageName (site) filter in the statistics request": "исправьте фильтр PageName (площадки) в запросе статистики",
	// V4_INVALID_PAGE_TYPE
	"fix the PageType filter value": "исправьте значение фильтра PageType",
	// V4_INVALID_PHRASE_FILTER
	"fix the Phrase (keyword) filter in the statistics request": "исправьте фильтр Phrase (ключевые фразы) в запросе статистики",
	// V4_INVALID_PHRASE_ID
	"fix the PhraseID parameter of the request": "исправьте параметр PhraseID в запросе",
	// V4_INVALID_POINT_ON_MAP
	"fix the PointOnMap structure": "исправьте структуру PointOnMap",
	// V4_INVALID_PRICE
	"fix the bid value": "исправьте значение ставки",
	// V4_INVALID_REPORT_COLUMN
	"use a valid report field name in GroupByColumn": "укажите в GroupByColumn допустимое имя поля отчёта",
	// V4_LOGIN_IN_USE
	"another Yandex user already has this login; choose another": "этот логин уже занят другим пользователем Яндекса; выберите другой",
	// V4_MAINTENANCE
	"v4 is down for scheduled maintenance; retry in a few minutes": "в API v4 идут плановые технические работы; повторите запрос через несколько минут",
	// V4_METHOD_DEPRECATED
	"this Live 4 method is deprecated; move the call to API v5": "этот метод Live 4 устарел; перенесите вызов в API v5",
	// V4_METHOD_NOT_AVAILABLE
	"this method is switched off in this API version; use its API v5 counterpart": "метод отключён в этой версии API; используйте его аналог в API v5",
	// V4_NO_CAMPAIGN_STATS
	"treat this as an empty result: the campaign simply has no statistics for the request": "считайте это пустым результатом: по кампании просто нет статистики",
	// V4_OPERATION_NOT_ALLOWED
	"the campaign or ad's state does not allow this operation": "состояние кампании или объявления не позволяет выполнить эту операцию",
	// V4_RATE_LIMIT
	"v4 request limit; retry later": "превышен лимит запросов к API v4; повторите запрос позже",
	// V4_REPORT_NOT_FOUND
	"check the report ID: the report does not exist or was deleted, so create it again if you still need it": "проверьте идентификатор отчёта: отчёта нет или он удалён; если отчёт ещё нужен, создайте его заново",
	// V4_SHARED_ACCOUNT_REQUIRED
	"connect the shared account for this client in the Direct interface first": "сначала подключите общий счёт для этого клиента в интерфейсе Директа",
	// V4_TOO_MANY_BANNERS_IN_REQUEST
	"send fewer ads in one request": "передавайте меньше объявлений в одном запросе",
	// V4_TRANSACTION_NOT_FOUND
	"no finance transaction has this number; check the operation number": "финансовой операции с таким номером нет; проверьте номер операции",
	// V4_TRANSFER_SUM_MISMATCH
	"make the total taken from campaigns equal the total added to campaigns": "сумма списания с кампаний должна быть равна сумме зачисления на кампании",
	// V4_UNAVAILABLE
	"v4 temporarily unavailable; retry shortly": "API v4 временно недоступен; повторите запрос чуть позже",
	// V4_WORDSTAT_REPORT_NOT_FOUND
	"no Wordstat report has this ID; create the report first": "отчёта Wordstat с таким идентификатором нет; сначала создайте отчёт",
	// V4_WORDSTAT_REPORT_PENDING
	"the Wordstat report is still being generated; check again in 10 to 20 seconds": "отчёт Wordstat ещё формируется; повторите запрос через 10–20 секунд",
	// VAT_NOT_SUPPORTED
	"use a VAT rate that the tax system accepts now": "используйте ставку НДС, которую сейчас допускает система налогообложения",
	// WRONG_OBJECT_TYPE
	"the object is of the wrong type for this operation": "тип объекта не подходит для этой операции",
}

// Russian returns the Russian of an English hint; ok is false when there
// is none ("" has none).
func Russian(en string) (ru string, ok bool) {
	ru, ok = russian[en]
	return ru, ok
}

// IsRussian reports whether a language tag or a locale names Russian: "ru",
// "RU", "ru-RU", "ru_RU.UTF-8", "ru_RU@euro". Anything else, "" included,
// is not.
func IsRussian(tag string) bool { return strings.EqualFold(PrimaryTag(tag), "ru") }

// PrimaryTag is a language tag's or locale's language: "ru" of "ru-RU",
// "ru_RU.UTF-8" and "ru@latin".
func PrimaryTag(tag string) string {
	if i := strings.IndexAny(tag, "-_.@"); i >= 0 {
		return tag[:i]
	}
	return tag
}

// RussianKeys returns the English hints that have a Russian, sorted: for
// the test that every one is still a hint somewhere.
func RussianKeys() []string {
	return slices.Sorted(maps.Keys(russian))
}
