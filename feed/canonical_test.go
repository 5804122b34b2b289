package feed

import "testing"

func TestCanonicalize(t *testing.T) {
	tests := []struct {
		name, in, want string
		wantErr        bool
	}{
		{name: "already canonical", in: "https://vietnamnews.example/politics/123.html", want: "https://vietnamnews.example/politics/123.html"},
		{name: "case of scheme and host", in: "HTTPS://VietnamNews.Example/Politics/A", want: "https://vietnamnews.example/Politics/A"},
		{name: "fragment", in: "https://a.example/x#section-2", want: "https://a.example/x"},
		{name: "empty fragment", in: "https://a.example/x#", want: "https://a.example/x"},
		{name: "utm params", in: "https://a.example/x?utm_source=rss&utm_medium=feed&UTM_Campaign=y", want: "https://a.example/x"},
		{name: "click ids", in: "https://a.example/x?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref_src=twsrc&id=9", want: "https://a.example/x?id=9"},
		{name: "query sorted", in: "https://a.example/x?b=2&a=1&c=3", want: "https://a.example/x?a=1&b=2&c=3"},
		{name: "repeated keys keep order", in: "https://a.example/x?t=2&a=1&t=1", want: "https://a.example/x?a=1&t=2&t=1"},
		{name: "query escaping kept", in: "https://a.example/s?q=hun+sen&x=%2F", want: "https://a.example/s?q=hun+sen&x=%2F"},
		{name: "space in query escaped", in: "https://a.example/s?z= &q=a b", want: "https://a.example/s?q=a%20b&z=%20"},
		{name: "nbsp in query escaped", in: "https://a.example/s?q=\u00a0x", want: "https://a.example/s?q=%C2%A0x"},
		{name: "empty query", in: "https://a.example/x?", want: "https://a.example/x"},
		{name: "http default port", in: "http://a.example:80/x", want: "http://a.example/x"},
		{name: "https default port", in: "https://a.example:443/x", want: "https://a.example/x"},
		{name: "other port kept", in: "https://a.example:8443/x", want: "https://a.example:8443/x"},
		{name: "port 80 on https kept", in: "https://a.example:80/x", want: "https://a.example:80/x"},
		{name: "trailing slash", in: "https://a.example/news/", want: "https://a.example/news"},
		{name: "root keeps slash", in: "https://a.example/", want: "https://a.example/"},
		{name: "no path is root", in: "https://a.example", want: "https://a.example/"},
		{name: "root with query", in: "https://a.example/?p=1", want: "https://a.example/?p=1"},
		{name: "escaped path kept", in: "https://a.example/t%C3%B4-l%C3%A2m/", want: "https://a.example/t%C3%B4-l%C3%A2m"},
		{name: "user info dropped", in: "https://user:pw@a.example/x", want: "https://a.example/x"},
		{name: "ipv6", in: "http://[2001:DB8::1]:80/x", want: "http://[2001:db8::1]/x"},
		{name: "ipv6 port", in: "http://[2001:db8::1]:8080/x", want: "http://[2001:db8::1]:8080/x"},
		{name: "trailing dot host", in: "https://a.example./x", want: "https://a.example/x"},
		{name: "spaces trimmed", in: "  https://a.example/x \n", want: "https://a.example/x"},
		{name: "ftp", in: "ftp://a.example/x", wantErr: true},
		{name: "mailto", in: "mailto:desk@a.example", wantErr: true},
		{name: "javascript", in: "javascript:alert(1)", wantErr: true},
		{name: "relative", in: "/news/1", wantErr: true},
		{name: "no host", in: "https:///x", wantErr: true},
		{name: "opaque", in: "http:a.example", wantErr: true},
		{name: "empty", in: "", wantErr: true},
		{name: "bad escape", in: "https://a.example/%zz", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Canonicalize(tt.in)
			if tt.wantErr {
				if err == nil {
					t.Errorf("Canonicalize(%q) = %q, nil error; want an error", tt.in, got)
				}
				return
			}
			if err != nil {
				t.Fatalf("Canonicalize(%q) error: %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("Canonicalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
