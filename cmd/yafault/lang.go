package main

import (
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/capture"
	"github.com/yafault/yafault/internal/wire"
)

// words are the command's own texts in one language: labels, phrases and
// notes. The vendors' codes and texts, reasons and JSON keys are never
// translated. Every field is set in both languages (a test checks).
type words struct {
	usage string
	// width is the label column's, the longest label and a space.
	width int

	// explain's labels.
	happened, message, detail, retry, toDo, requestID, service, values, points, quota, errorsLabel, body string
	// codes' labels.
	code, status, textEN, textRU, kind, reason, resend, origin, source string

	noFault           string // HTTP status
	from, codePrefix  string
	quoteID           string // request id
	noIDMarket        string
	noIDOther         string
	serviceUnknown    string
	pointsLeft        string // spent, rest, limit
	chargedTo         string
	quotaLeft         string // remaining, limit
	quotaLimit        string // limit
	windowEnds        string
	entries           string // count
	noRetry           string
	retryAfter        string // duration
	yes               string
	objectsFailed     string // failed, total
	objectsWarned     string // warned, total: when none failed
	withWarnings      string // count
	moreObjects       string // count
	itemError         string
	itemWarning       string
	noText            string
	allSucceeded      string // count
	warningKind       string
	resendRefused     string
	resendIdempotent  string
	codesNoRetry      string
	codesRetryAfter   string // duration
	reportNotReady    string // status, duration
	reportQueue       string // count
	bodyCut           string // limit, limit, error-document limit, all in MiB
	unrecognizedBody  string // BodyError's opening
	dateLayout        string // a quota window's end
	nothingMatches    string // query
	notBatch          string
	errorResponse     string // status
	noResults         string // error
	markets, directs  string // the services' names
	kinds             [len(kindsEN)]string
	actions           [len(actionsEN)]string
	oneFileOrStdin    string
	badService        string // command, value
	badStatus         string // status
	badHeader         string // value
	badLang           string // value
	unknownCommand    string // command
	outputNotWritable string // error
	noSuchFile        string // file name
	noPermission      string // file name
	noResponse        string
	// problems translates the library's words for a body it did not
	// understand, and flagErrors the flag package's complaints; nil in
	// English.
	problems   map[string]string
	flagErrors []rewrite
	flagWords  map[string]string // strconv's few words in a flag complaint
	// origins names a code's origin; nil where the identifier is the name.
	origins map[string]string
}

// kindsEN and actionsEN list the kinds and actions in their order, for
// the tables of names.
var (
	kindsEN   = [...]fault.Kind{fault.Unknown, fault.Invalid, fault.Auth, fault.Permission, fault.Account, fault.NotFound, fault.Unsupported, fault.Conflict, fault.RateLimit, fault.Quota, fault.Locked, fault.Internal, fault.Unavailable}
	actionsEN = [...]fault.Action{fault.None, fault.Retry, fault.FixRequest, fault.Reauthenticate, fault.RequestAccess, fault.FixAccount, fault.ContactSupport}
)

// kindName is a kind as a person reads it: its identifier in English, a
// Russian word in Russian.
func (w *words) kindName(k fault.Kind) string {
	if int(k) < len(w.kinds) && w.kinds[k] != "" {
		return w.kinds[k]
	}
	return k.String()
}

// kindTag is a kind and a reason as a list: "quota, POINTS_EXHAUSTED"; in
// Russian the kind's word comes first, then its identifier.
func (w *words) kindTag(k fault.Kind, reason string) string {
	parts := []string{k.String()}
	if name := w.kindName(k); name != parts[0] {
		parts = []string{name, parts[0]}
	}
	if reason != "" {
		parts = append(parts, reason)
	}
	return strings.Join(parts, ", ")
}

// duration is a wait as a person reads it: Go's form in English ("1h0m0s"),
// hours, minutes and seconds in Russian ("1 ч 30 мин").
func (w *words) duration(d time.Duration) string {
	if w != &ru {
		return d.String()
	}
	d0 := d
	d = d.Round(time.Second)
	var parts []string
	for _, u := range []struct {
		d    time.Duration
		name string
	}{{time.Hour, "ч"}, {time.Minute, "мин"}, {time.Second, "с"}} {
		if n := d / u.d; n > 0 {
			parts = append(parts, strconv.FormatInt(int64(n), 10)+" "+u.name)
			d -= n * u.d
		}
	}
	if len(parts) == 0 {
		if d0 > 0 {
			return "меньше 1 с"
		}
		return "0 с"
	}
	return strings.Join(parts, " ")
}

// sprintf formats like fmt.Sprintf, then gives each number followed by
// "{one|few|many}" the form its count takes in Russian: "2 {запись|записи|
// записей}" is "2 записи". English texts hold no such forms.
func (w *words) sprintf(format string, args ...any) string {
	s := fmt.Sprintf(format, args...)
	for {
		open := strings.Index(s, " {")
		if open < 0 {
			return s
		}
		end := strings.IndexByte(s[open:], '}')
		if end < 0 {
			return s
		}
		end += open
		forms := strings.Split(s[open+2:end], "|")
		digits := strings.TrimRightFunc(s[:open], unicode.IsDigit)
		n, err := strconv.Atoi(s[len(digits):open])
		if len(forms) != 3 || err != nil {
			return s
		}
		s = s[:open+1] + forms[pluralForm(n)] + s[end+1:]
	}
}

// pluralForm picks among a Russian noun's three forms after a number: 1,
// 21 "запись"; 2-4, 22-24 "записи"; 0, 5-20, 25 "записей".
func pluralForm(n int) int {
	switch n %= 100; {
	case n%10 == 1 && n != 11:
		return 0
	case n%10 >= 2 && n%10 <= 4 && (n < 12 || n > 14):
		return 1
	}
	return 2
}

// problem is the library's few words for a body it did not understand,
// in the command's language.
func (w *words) problem(p string) string {
	if r, ok := w.problems[p]; ok {
		return r
	}
	return p
}

// bodyError is the cause of a fault whose body was not understood, in the
// command's language: its opening and problem translated, a parser's own
// error as it is.
func (w *words) bodyError(err error) string {
	be, ok := errors.AsType[*fault.BodyError](err)
	if !ok || be == nil {
		return err.Error()
	}
	s := w.unrecognizedBody
	if be.ContentType != "" {
		s += " (" + be.ContentType + ")"
	}
	if be.Problem != "" {
		s += ": " + w.problem(be.Problem)
	}
	if be.Err != nil {
		s += ": " + be.Err.Error()
	}
	return s
}

// inputError is why the input could not be read, in the command's
// language where the cause is known.
func (w *words) inputError(name string, err error) string {
	switch {
	case errors.Is(err, capture.ErrNoResponse):
		return name + ": " + w.noResponse
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Sprintf(w.noSuchFile, name)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Sprintf(w.noPermission, name)
	}
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		err = pe.Err // its text names the file again
	}
	return name + ": " + err.Error()
}

// rewrite turns a message matching re into format, filled with its
// submatches in order.
type rewrite struct {
	re     *regexp.Regexp
	format string
}

// flagError is the flag package's complaint in the command's language.
func (w *words) flagError(err error) string {
	s := err.Error()
	for _, r := range w.flagErrors {
		if m := r.re.FindStringSubmatch(s); m != nil {
			args := make([]any, len(m)-1)
			for i, v := range m[1:] {
				args[i] = v
				if tr, ok := w.flagWords[v]; ok {
					args[i] = tr
				}
			}
			return fmt.Sprintf(r.format, args...)
		}
	}
	return s
}

// originName names where a Direct code comes from.
func (w *words) originName(o string) string {
	if r, ok := w.origins[o]; ok {
		return r
	}
	return o
}

func (w *words) actionName(a fault.Action) string {
	if int(a) < len(w.actions) && w.actions[a] != "" {
		return w.actions[a]
	}
	return a.String()
}

// hint is a fault's or a row's hint in the command's language: the
// English as the library gives it, or its Russian.
func (w *words) hint(en string) string {
	if w == &ru {
		if r, ok := wire.Russian(en); ok {
			return r
		}
	}
	return en
}

func (w *words) serviceName(s fault.Service) string {
	switch s {
	case fault.Market:
		return w.markets
	case fault.Direct:
		return w.directs
	}
	return string(s)
}

// language picks the command's language: -lang when given ("en" or "ru",
// any tag of either), else the locale's, LC_ALL, LC_MESSAGES and LANG in
// POSIX's order, the first that is set deciding; English when none names
// Russian. ok is false for a -lang that is neither.
func language(flag string, getenv func(string) string) (w *words, ok bool) {
	if flag != "" {
		switch {
		case wire.IsRussian(flag):
			return &ru, true
		case strings.EqualFold(wire.PrimaryTag(flag), "en"):
			return &en, true
		}
		return &en, false
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			if wire.IsRussian(v) {
				return &ru, true
			}
			return &en, true
		}
	}
	return &en, true
}

var en = words{
	usage: usageEN,
	width: 13,

	happened: "happened", message: "message", detail: "detail", retry: "retry", toDo: "to do",
	requestID: "request id", service: "service", values: "values", points: "points", quota: "quota",
	errorsLabel: "errors", body: "body",
	code: "code", status: "status", textEN: "text (en)", textRU: "text (ru)", kind: "kind", reason: "reason",
	resend: "resend", origin: "origin", source: "source",

	noFault:           "no request-level error (HTTP %d)",
	from:              ", from ",
	codePrefix:        "code",
	quoteID:           "%s (quote it to support)",
	noIDMarket:        "none: Market sends none; find the call in the cabinet's API request log",
	noIDOther:         "none in the response",
	serviceUnknown:    "not told by the body or headers; pass -service market or -service direct",
	pointsLeft:        "spent %d, %d of %d left today",
	chargedTo:         "charged to",
	quotaLeft:         "%d of %d left",
	quotaLimit:        "limit %d",
	windowEnds:        "window ends",
	entries:           "%d entries",
	noRetry:           "no: sending the same request again will fail the same way",
	retryAfter:        "yes, after %s",
	yes:               "yes",
	objectsFailed:     "%d of %d objects failed",
	objectsWarned:     "%d of %d objects with warnings",
	withWarnings:      ", %d with warnings",
	moreObjects:       "... and %d more objects with errors or warnings",
	itemError:         "error",
	itemWarning:       "warning",
	noText:            "(no text)",
	allSucceeded:      "all %d objects succeeded",
	warningKind:       "(a warning: the operation was done)",
	resendRefused:     "yes, even a write: the request is turned away before the vendor acts on it",
	resendIdempotent:  "only an idempotent request: the vendor may have acted on it",
	codesNoRetry:      "no retry",
	codesRetryAfter:   "retry after %s",
	reportNotReady:    "report not ready (HTTP %d): ask again with the same parameters in %s",
	reportQueue:       "; offline reports in the queue: %d (at most 5)",
	bodyCut:           "note: the body is longer than %d MiB; only its first %d MiB were read (an error document is read on its first %d MiB)",
	unrecognizedBody:  "unrecognized body",
	dateLayout:        time.RFC1123,
	nothingMatches:    "nothing in the catalog matches %q; an unknown Direct code gives reason UNKNOWN_CODE, an unknown Market message falls back to its code and HTTP status",
	notBatch:          "no per-object results: the body is not a batch results document",
	errorResponse:     "no per-object results: HTTP %d is an error response; run without -items",
	noResults:         "no per-object results: %s",
	markets:           "Market",
	directs:           "Direct",
	oneFileOrStdin:    "want exactly one FILE (or - for standard input)",
	badService:        "-service must be market or direct, not %q",
	badStatus:         "-status must be an HTTP status, not %d",
	badHeader:         "-H wants 'Name: value', got %q",
	badLang:           "-lang must be en or ru, not %q",
	unknownCommand:    "unknown command %q",
	outputNotWritable: "cannot write the output: %s",
	noSuchFile:        "%s: no such file",
	noPermission:      "%s: permission denied",
	noResponse:        "no HTTP status line found (want a response as curl -i saves it)",
}

var ru = words{
	usage: usageRU,
	width: 16,

	happened: "что случилось", message: "сообщение", detail: "подробности", retry: "повтор", toDo: "что делать",
	requestID: "ID запроса", service: "сервис", values: "параметры", points: "баллы", quota: "квота",
	errorsLabel: "ошибки", body: "тело",
	code: "код", status: "статус", textEN: "текст (en)", textRU: "текст (ru)", kind: "вид", reason: "причина",
	resend: "отправить снова", origin: "версия API", source: "по данным",

	noFault:           "ошибки уровня запроса нет (HTTP %d)",
	from:              "; ",
	codePrefix:        "код",
	quoteID:           "%s (сообщите его поддержке)",
	noIDMarket:        "нет: Маркет его не присылает; найдите вызов в журнале запросов API в кабинете",
	noIDOther:         "в ответе нет",
	serviceUnknown:    "не удалось определить ни по телу, ни по заголовкам; укажите -service market или -service direct",
	pointsLeft:        "потрачено %d, осталось %d из %d на сегодня",
	chargedTo:         "списано с логина",
	quotaLeft:         "осталось %d из %d",
	quotaLimit:        "лимит %d",
	windowEnds:        "лимит обновится",
	entries:           "%d {запись|записи|записей}",
	noRetry:           "нет: тот же запрос снова завершится той же ошибкой",
	retryAfter:        "да, через %s",
	yes:               "да",
	objectsFailed:     "ошибки в %d {объекте|объектах|объектах} из %d",
	objectsWarned:     "предупреждения в %d {объекте|объектах|объектах} из %d",
	withWarnings:      ", предупреждения в %d",
	moreObjects:       "... и ещё %d {объект|объекта|объектов} с ошибками или предупреждениями",
	itemError:         "ошибка",
	itemWarning:       "предупреждение",
	noText:            "(без текста)",
	allSucceeded:      "ошибок нет; обработано объектов: %d",
	warningKind:       "(предупреждение: операция выполнена)",
	resendRefused:     "да, даже запрос на изменение: его отклонили до того, как сервис что-либо сделал",
	resendIdempotent:  "только идемпотентный запрос: сервис мог успеть его выполнить",
	codesNoRetry:      "нет",
	codesRetryAfter:   "да, через %s",
	reportNotReady:    "отчёт ещё не готов (HTTP %d): запросите его снова с теми же параметрами через %s",
	reportQueue:       "; офлайн-отчётов в очереди: %d (не больше 5)",
	bodyCut:           "примечание: тело длиннее %d МиБ; прочитаны только первые %d МиБ (документ с ошибкой разбирается только по первым %d МиБ)",
	unrecognizedBody:  "тело ответа не распознано",
	dateLayout:        "02.01.2006 15:04:05 MST",
	nothingMatches:    "в каталоге нет ничего для %q; неизвестный код Директа даёт причину UNKNOWN_CODE, неизвестное сообщение Маркета разбирается по его коду и HTTP-статусу",
	notBatch:          "результатов по объектам нет: тело не является ответом пакетной операции",
	errorResponse:     "результатов по объектам нет: HTTP %d — это ответ с ошибкой; запустите без -items",
	noResults:         "результатов по объектам нет: %s",
	markets:           "Маркет",
	directs:           "Директ",
	oneFileOrStdin:    "нужен ровно один ФАЙЛ (или - для стандартного ввода)",
	badService:        "-service должен быть market или direct, а не %q",
	badStatus:         "-status должен быть HTTP-статусом, а не %d",
	badHeader:         "для -H нужен вид 'Имя: значение', а передано %q",
	badLang:           "-lang должен быть en или ru, а не %q",
	unknownCommand:    "неизвестная команда %q",
	outputNotWritable: "не удаётся записать вывод: %s",
	noSuchFile:        "%s: файл не найден",
	noPermission:      "%s: нет прав на чтение",
	noResponse:        "не найдена строка статуса HTTP (нужен ответ в том виде, в каком его сохраняет curl -i)",
	kinds: [...]string{
		"неизвестно", "неверный запрос", "авторизация", "нет прав", "аккаунт", "не найдено", "не поддерживается",
		"конфликт", "лимит запросов", "квота", "временная блокировка", "внутренняя ошибка", "недоступно",
	},
	actions: [...]string{
		"нет типового действия (none)", "повторить (retry)", "исправить запрос (fix_request)", "исправить авторизацию (reauthenticate)",
		"запросить доступ (request_access)", "исправить настройки аккаунта (fix_account)", "обратиться в поддержку (contact_support)",
	},
	problems: map[string]string{
		"empty body":                                      "пустое тело",
		"HTML page":                                       "HTML-страница",
		"not JSON or XML":                                 "не JSON и не XML",
		"not a JSON object":                               "не объект JSON",
		"invalid JSON":                                    "некорректный JSON",
		"truncated or invalid error document":             "документ ошибки обрезан или некорректен",
		"no error object":                                 "нет объекта error",
		"error is not an object":                          "error не объект",
		"no error entries":                                "нет ни одной записи об ошибке",
		"errors is neither a list nor an object":          "errors не список и не объект",
		"XML is not a SOAP fault or a report error":       "XML не SOAP Fault и не ошибка отчёта",
		"XML is not a Market error document":              "XML не документ ошибки Маркета",
		"neither a Market nor a Direct error document":    "не документ ошибки ни Маркета, ни Директа",
		"invalid XML":                                     "некорректный XML",
		"XML without a root element":                      "XML без корневого элемента",
		"XML too large for an error document":             "XML слишком велик для документа ошибки",
		"XML nested too deep":                             "XML со слишком глубокой вложенностью",
		"XML has too many elements for an error document": "в XML слишком много элементов для документа ошибки",
	},
	flagWords: map[string]string{
		"parse error":        "не удалось разобрать",
		"invalid syntax":     "неверный синтаксис",
		"value out of range": "значение вне допустимого диапазона",
	},
	flagErrors: []rewrite{
		{regexp.MustCompile(`^flag provided but not defined: (.*)$`), "неизвестный флаг: %s"},
		{regexp.MustCompile(`^flag needs an argument: (.*)$`), "флагу нужно значение: %s"},
		{regexp.MustCompile(`^invalid boolean value (".*") for (-\S+): (.*)$`), "неверное логическое значение %s для %s: %s"},
		{regexp.MustCompile(`^invalid value (".*") for flag (-\S+): (.*)$`), "неверное значение %s для флага %s: %s"},
		{regexp.MustCompile(`^invalid boolean flag (\S+): (.*)$`), "неверный логический флаг %s: %s"},
		{regexp.MustCompile(`^bad flag syntax: (.*)$`), "неверная запись флага: %s"},
	},
	origins: map[string]string{"observed": "нет в документации, замечен в ответах"},
}

const usageRU = `yafault объясняет ответ с ошибкой от API Яндекс Маркета для партнёров или от
API Яндекс Директа.

Использование:
  yafault explain [флаги] ФАЙЛ    объяснить сохранённый ответ
  yafault explain [флаги] -       прочитать его со стандартного ввода
  yafault codes [флаги] [ЗАПРОС]  что значит код или сообщение и что делать
  yafault [-lang en|ru] -h        показать эту справку

В ФАЙЛЕ — HTTP-ответ целиком, как его сохраняет 'curl -i': строка статуса,
заголовки, пустая строка, тело. Промежуточные ответы (100 Continue, 200
Connection established от прокси) пропускаются, объясняется последний ответ.
Запрос, вставленный перед ответом, пропускается; из него берётся только
заголовок Host, чтобы определить сервис. С -status в ФАЙЛЕ только тело. Ввод
читается потоком: из тела читается не больше 16 МиБ, и если тело длиннее,
об этом говорит примечание в стандартном потоке ошибок.

Флаги explain:
  -lang en|ru       язык вывода; по умолчанию — язык локали (LC_ALL,
                    LC_MESSAGES, LANG): русский, если она русская,
                    иначе английский
  -json             вывести нормализованную ошибку в JSON (null, если её нет)
  -items            вывести только результаты по объектам пакетной операции:
                    объекты с ошибками или предупреждениями, а с -json — все
                    объекты массивом JSON; код выхода 1, если их в теле нет
  -service ИМЯ      market или direct; по умолчанию — по Host или по телу
  -status N         в файле только тело, пришедшее с HTTP-статусом N
  -H 'Имя: знач.'   заголовок ответа для тела без заголовков; можно повторять

Флаги codes:
  -lang en|ru       язык вывода, как у explain
  -service ИМЯ      market или direct; по умолчанию — оба
  -status N         предпочитать сообщения Маркета, описанные для HTTP-статуса N
  -json             вывести строки каталога в JSON
ЗАПРОС — код Директа (152), HTTP-статус (420: сообщения Маркета для него),
код Маркета (UNAUTHORIZED), причина (POINTS_EXHAUSTED), сообщение Маркета
в том виде, в каком оно пришло ("Hit rate limit of 4 parallel requests for
campaignId 1"), или слова из текста в любом регистре ("Недостаточно баллов",
"Not enough units"). Без ЗАПРОСА выводится весь каталог.

Подписи и подсказки — наши, на русском или английском; коды и тексты
сервисов выводятся как пришли, а вывод -json всегда на английском. На
английском остаются и ссылки на источники в строке «по данным», и ошибки
разбора тела.

Секреты (Api-Key, Authorization, OAuth-токены) никогда не выводятся; не
выводится и ничего, на что мог бы отреагировать терминал: управляющие
символы и escape-последовательности из ответа показываются экранированными
(\x1b), каждый текст — в одну строку.

Коды выхода:
  0  explain: ответ прочитан и объяснён, есть в нём ошибка или нет;
     codes: запрос что-то нашёл
  1  explain: ввод не удалось прочитать или в нём нет HTTP-ответа (с -items: нет
     результатов по объектам); codes: в каталоге ничего не нашлось
  2  неверная командная строка
  3  вывод не удалось записать (закрытый канал, переполненный диск)
`
