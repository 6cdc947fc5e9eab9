package io.scamcheck.intake;

import io.scamcheck.model.Address;
import io.scamcheck.model.Addresses;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderDecodingTest {
    @Test
    void fromLineIsShownAsAMailProgramShowsIt() {
        assertThat(MimeReader.shownValue("From", "\"Microsoft Support\" <support@ms-help.xyz>"))
                .isEqualTo("Microsoft Support <support@ms-help.xyz>");
        assertThat(MimeReader.shownValue("From", "support@ms-help.xyz")).isEqualTo("support@ms-help.xyz");
        assertThat(MimeReader.shownValue("From", "support@ms-help.xyz (Microsoft Support)"))
                .isEqualTo("Microsoft Support <support@ms-help.xyz>");
        assertThat(MimeReader.shownValue("To", "\"Smith, Ann\" <ann@example.com>,\r\n bob@example.org"))
                .isEqualTo("Smith, Ann <ann@example.com>, bob@example.org");
    }

    @Test
    void anEncodedNameWithACommaStaysOneAddress() {
        String raw = "=?UTF-8?Q?Service_client=2C_S=C3=A9curit=C3=A9?= <alerte@bank.example>";
        String value = HeaderValues.decodeAddresses(raw);
        List<Address> parsed = Addresses.parse(value);
        assertThat(parsed).containsExactly(new Address("Service client, Sécurité", "alerte@bank.example"));
        assertThat(MimeReader.shownValue("From", raw)).isEqualTo("Service client, Sécurité <alerte@bank.example>");
    }

    @Test
    void quotesInsideNamesRoundTrip() {
        String raw = "\"The \\\"Bank\\\" Team\" <a@b.example>";
        assertThat(Addresses.parse(HeaderValues.decodeAddresses(raw)))
                .containsExactly(new Address("The \"Bank\" Team", "a@b.example"));
    }

    @Test
    void encodedWordsAreDecodedLeniently() {
        // a character split across two words of one charset
        assertThat(EncodedWords.decode("=?UTF-8?B?w6E=?= =?UTF-8?B?w6k=?=")).isEqualTo("áé");
        assertThat(EncodedWords.decode("=?UTF-8?B?w6Hw?= =?UTF-8?B?n5iA?=")).isEqualTo("á😀");
        // words glued to text and inside quotes, as scam mail writes them
        assertThat(EncodedWords.decode("Hi=?utf-8?q?_th=C3=A9re?=!")).isEqualTo("Hi thére!");
        // text between words is kept, blanks between words are not
        assertThat(EncodedWords.decode("=?iso-8859-1?q?a?= b =?iso-8859-1?q?c?=")).isEqualTo("a b c");
        // an unknown charset or broken base64 keeps what can be kept
        assertThat(EncodedWords.decode("=?x-no-such-charset?Q?caf=C3=A9?=")).isEqualTo("café");
        assertThat(EncodedWords.decode("=?UTF-8?B?SGVsbG8*?=")).isEqualTo("Hello");
        assertThat(EncodedWords.decode("=?iso-8859-1?B?UGFnYW1lbnRv?=")).isEqualTo("Pagamento");
    }

    @Test
    void charsetsFallBackWithoutLosingText() {
        byte[] latin1 = "Grüße".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] utf8 = "Grüße".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Charsets.decode(latin1, null)).isEqualTo("Grüße");
        assertThat(Charsets.decode(utf8, null)).isEqualTo("Grüße");
        // declared UTF-8 but really Latin-1, and declared us-ascii with 8-bit bytes
        assertThat(Charsets.decode(latin1, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("Grüße");
        assertThat(Charsets.decode(utf8, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("Grüße");
        // a declared charset that fits is used
        byte[] cyr = "Привет".getBytes(java.nio.charset.Charset.forName("windows-1251"));
        assertThat(Charsets.decode(cyr, java.nio.charset.Charset.forName("windows-1251"))).isEqualTo("Привет");
        // UTF-8 labelled ISO-8859-1, with a byte Windows-1252 leaves undefined ("Á" is C3 81)
        assertThat(Charsets.decode("Á bientôt".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("Á bientôt");
        // ISO-8859-1 with such a byte is still read, never replaced by a question mark
        assertThat(Charsets.decode(new byte[] {'a', (byte) 0x81, (byte) 0xe9}, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("a\u0081é");
        // ISO-8859-1 read as Windows-1252, as mail programs do (curly quotes, euro sign)
        assertThat(Charsets.decode(new byte[] {(byte) 0x93, 'a', (byte) 0x94, ' ', (byte) 0x80},
                java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("\u201ca\u201d €");
    }
}
