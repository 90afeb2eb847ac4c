package direct

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yafault/yafault/fault"
)

// cp1251 encodes s, which must hold only ASCII and the letters А-я, Ё and ё,
// as windows-1251.
func cp1251(t *testing.T, s string) []byte {
	t.Helper()
	var b []byte
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		case r >= 'А' && r <= 'я':
			b = append(b, byte(0xC0+r-'А'))
		case r == 'Ё':
			b = append(b, 0xA8)
		case r == 'ё':
			b = append(b, 0xB8)
		default:
			t.Fatalf("cp1251: %q is not in the test's subset", r)
		}
	}
	return b
}

func TestWindows1251Fault(t *testing.T) {
	const msg = "Ошибка авторизации. Ещё раз: ёжик"
	body := cp1251(t, `<?xml version="1.0" encoding="windows-1251"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>
<faultcode>soap:Client</faultcode><faultstring>`+msg+`</faultstring>
<detail><FaultResponse><requestId>77</requestId><errorCode>53</errorCode><errorDetail>Неверный токен</errorDetail></FaultResponse></detail>
</soap:Fault></soap:Body></soap:Envelope>`)
	f := faultOf(Decode(500, http.Header{"Content-Type": {"text/xml; charset=windows-1251"}}, body))
	if f == nil || f.Code != "53" || f.Kind != fault.Auth || f.Message != msg || f.Detail != "Неверный токен" || f.RequestID != "77" || f.Err != nil {
		t.Fatalf("windows-1251 SOAP fault = %+v; want code 53, auth, the Russian texts decoded", f)
	}
	if string(f.Body) != string(body) {
		t.Error("Body is not the raw bytes as received")
	}
}

func TestUnsupportedXMLEncodingFallsBack(t *testing.T) {
	body := []byte(`<?xml version="1.0" encoding="koi8-r"?><Fault><faultstring>x</faultstring></Fault>`)
	f := faultOf(Decode(503, http.Header{"Content-Type": {"text/xml"}}, body))
	if f == nil || f.Kind != fault.Unavailable || f.Err == nil || !strings.Contains(f.Err.Error(), `unsupported XML encoding "koi8-r"`) {
		t.Fatalf("koi8-r fault = %+v (err %v); want the status's kind and the reason in Err", f, f.Err)
	}
}

func TestCharsetReaderTable(t *testing.T) {
	// Every byte decodes to one rune; spot-check each block of the table
	// against the code page.
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	r, err := charsetReader("Windows-1251", strings.NewReader(string(all)))
	if err != nil {
		t.Fatal(err)
	}
	out, _ := io.ReadAll(r)
	runes := []rune(string(out))
	if len(runes) != 256 {
		t.Fatalf("decoded %d runes from 256 bytes", len(runes))
	}
	for b, want := range map[byte]rune{'A': 'A', 0x80: 'Ђ', 0x88: '€', 0x98: utf8.RuneError, 0x99: '™', 0xA8: 'Ё', 0xB8: 'ё', 0xB9: '№', 0xC0: 'А', 0xDF: 'Я', 0xE0: 'а', 0xFF: 'я'} {
		if runes[b] != want {
			t.Errorf("byte %#x decodes to %q, want %q", b, runes[b], want)
		}
	}
}
