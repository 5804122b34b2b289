package feed

import (
	"fmt"
	"net/netip"
)

// nonPublic lists the ranges the IP classification methods of netip.Addr do
// not cover but that no public news site uses: reaching them from a link
// found in a feed can only hit infrastructure.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),      // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),  // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),   // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"),  // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),    // reserved, broadcast included
	netip.MustParsePrefix("64:ff9b:1::/48"), // local-use NAT64
	netip.MustParsePrefix("2001:db8::/32"),  // documentation
	netip.MustParsePrefix("100::/64"),       // discard-only
	netip.MustParsePrefix("fec0::/10"),      // deprecated site-local
	netip.MustParsePrefix("2002:7f00::/24"), // 6to4 of 127.0.0.0/8
	netip.MustParsePrefix("2002:0a00::/24"), // 6to4 of 10.0.0.0/8
	netip.MustParsePrefix("2002:a9fe::/32"), // 6to4 of 169.254.0.0/16
	netip.MustParsePrefix("2002:ac10::/28"), // 6to4 of 172.16.0.0/12
	netip.MustParsePrefix("2002:c0a8::/32"), // 6to4 of 192.168.0.0/16
	netip.MustParsePrefix("::/96"),          // IPv4-compatible (deprecated)
}

// publicIP reports whether ip is an address FetchPage may connect to by
// default: not loopback, private, link-local, multicast, unspecified or
// otherwise reserved.
func publicIP(ip netip.Addr) bool {
	ip = ip.Unmap() // ::ffff:127.0.0.1 is 127.0.0.1
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() ||
		ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() ||
		ip.IsMulticast() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// guard is the dialer's Control function for page fetches. It runs after DNS
// resolution on the address actually dialled, for every connection,
// redirects included, so a name that resolves to an internal address is
// refused as surely as a literal one.
func (f *Fetcher) guard(network, address string) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("dial %s %s: %w", network, address, ErrNotAllowed)
	}
	if !f.allowed(ap) {
		return fmt.Errorf("dial %s %s: %w", network, address, ErrNotAllowed)
	}
	return nil
}
