package io.scamcheck.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DomainNamesTest {

    @Test
    void registrableDomainIsTheNameSomeoneBought() {
        assertThat(DomainNames.registrable("www.paypal.com")).isEqualTo("paypal.com");
        assertThat(DomainNames.registrable("mail.service.example.co.uk")).isEqualTo("example.co.uk");
        assertThat(DomainNames.registrable("paypal.com.secure-login.xyz")).isEqualTo("secure-login.xyz");
        assertThat(DomainNames.registrable("PayPal.COM.")).isEqualTo("paypal.com");
    }

    @Test
    void customersOfASharedHostAreDifferentOwners() {
        assertThat(DomainNames.registrable("login-update.github.io")).isEqualTo("login-update.github.io");
        assertThat(DomainNames.sameOwner("a.github.io", "b.github.io")).isFalse();
        assertThat(DomainNames.sameOwner("www.example.com", "click.example.com")).isTrue();
    }

    @Test
    void unknownEndingsFallBackToTheLastTwoLabels() {
        assertThat(DomainNames.registrable("a.b.example.notarealtld")).isEqualTo("example.notarealtld");
        assertThat(DomainNames.hasKnownSuffix("example.notarealtld")).isFalse();
        assertThat(DomainNames.hasKnownSuffix("example.com")).isTrue();
        assertThat(DomainNames.hasKnownSuffix("Read.more")).isFalse();
    }

    @Test
    void punycodeIsShownAsTheLettersItStandsFor() {
        // xn--80ak6aa92e is "аррӏе" in Cyrillic letters: it reads like "apple".
        assertThat(DomainNames.normalizeHost("xn--80ak6aa92e.com")).isEqualTo("аррӏе.com");
    }

    @Test
    void numbersAreIpAddressesInEveryFormABrowserTakes() {
        assertThat(DomainNames.isIpAddress("192.168.10.5")).isTrue();
        assertThat(DomainNames.isIpAddress("3232235777")).isTrue();
        assertThat(DomainNames.isIpAddress("0xC0.0xA8.0x01.0x01")).isTrue();
        assertThat(DomainNames.isIpAddress("[2001:db8::1]")).isTrue();
        assertThat(DomainNames.isIpAddress("example.com")).isFalse();
        assertThat(DomainNames.isIpAddress("1password.com")).isFalse();
        assertThat(DomainNames.registrable("10.0.0.1")).isEqualTo("10.0.0.1");
    }

    @Test
    void urlsAreTakenApartLikeABrowserDoes() {
        DomainNames.Url u = DomainNames.parseUrl("http://paypal.com@evil.example:8080/login?x=1").orElseThrow();
        assertThat(u.userInfo()).isEqualTo("paypal.com");
        assertThat(u.host()).isEqualTo("evil.example");
        assertThat(u.path()).isEqualTo("/login?x=1");
        assertThat(DomainNames.parseUrl("www.example.com/a").orElseThrow().host()).isEqualTo("www.example.com");
        assertThat(DomainNames.parseUrl("HTTPS:\\\\Example.COM\\x").orElseThrow().host()).isEqualTo("example.com");
        assertThat(DomainNames.parseUrl("https://www.ex%61mple.com/").orElseThrow().host())
                .isEqualTo("www.example.com");
        assertThat(DomainNames.parseUrl("mailto:someone@example.com")).isEmpty();
        assertThat(DomainNames.parseUrl("javascript:")).isEmpty();
        assertThat(DomainNames.parseUrl("/relative/path")).isEmpty();
        assertThat(DomainNames.parseUrl("Read more")).isEmpty();
        assertThat(DomainNames.parseUrl("")).isEmpty();
    }

    @Test
    void oddInputNeverThrows() {
        for (String s : new String[]{null, "", ".", "..", "http://", "http://@", "http://[::1", "a..b", "-.-",
                "x".repeat(300), "http://%zz%/", "\u0000", "http://a b/"}) {
            DomainNames.parseUrl(s);
            DomainNames.registrable(s);
            DomainNames.isIpAddress(s);
            DomainNames.normalizeHost(s);
        }
    }
}
