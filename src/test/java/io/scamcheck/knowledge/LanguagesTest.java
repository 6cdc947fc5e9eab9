package io.scamcheck.knowledge;

import io.scamcheck.detect.Analysis;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.scamcheck.testing.Fixtures.paste;
import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {
    private final Languages languages = Languages.standard();

    @Test
    void tellsEachLanguageFromAnOrdinaryParagraph() {
        assertThat(languages.of("""
                Thank you for your order. We will let you know when it has been sent, and you can follow it
                from your account at any time.""")).containsExactly("en");
        assertThat(languages.of("""
                Vielen Dank für Ihre Bestellung. Wir informieren Sie, sobald das Paket unterwegs ist, und Sie
                können die Sendung jederzeit in Ihrem Kundenkonto verfolgen.""")).containsExactly("de");
        assertThat(languages.of("""
                Obrigado pelo seu pedido. Vamos avisar você quando ele for enviado, e você pode acompanhar a
                entrega na sua conta a qualquer momento.""")).containsExactly("pt");
        assertThat(languages.of("""
                Bedankt voor je bestelling. We laten het je weten zodra het pakket onderweg is, en je kunt de
                zending altijd volgen in je account.""")).containsExactly("nl");
        assertThat(languages.of("""
                Merci pour votre commande. Nous vous informerons dès que le colis sera expédié, et vous pouvez
                suivre la livraison dans votre espace client.""")).containsExactly("fr");
        assertThat(languages.of("""
                Gracias por su pedido. Le avisaremos cuando el paquete esté en camino, y puede seguir el envío
                en su cuenta en cualquier momento.""")).containsExactly("es");
    }

    @Test
    void portugueseAndSpanishAreToldApart() {
        assertThat(languages.of("Você ganhou um prêmio! Para receber, confirme os seus dados no nosso site."))
                .containsExactly("pt");
        assertThat(languages.of("¡Usted ha ganado un premio! Para recibirlo, confirme sus datos en nuestro sitio."))
                .containsExactly("es");
    }

    @Test
    void germanAndDutchAreToldApart() {
        assertThat(languages.of("Ihr Konto wurde gesperrt. Bitte bestätigen Sie Ihre Daten innerhalb von 24 Stunden."))
                .containsExactly("de");
        assertThat(languages.of("Uw rekening is geblokkeerd. Bevestig uw gegevens binnen 24 uur via de link."))
                .containsExactly("nl");
    }

    @Test
    void aMixedMessageGetsBothLanguages() {
        Set<String> found = languages.of("""
                Beste klant,

                Uw pakket ligt klaar bij ons depot. Wij hebben uw betaling van de verzendkosten nog niet
                ontvangen en het pakket wordt over twee dagen teruggestuurd als u niet betaalt.

                Dear customer,

                Your parcel is waiting at our depot. We have not yet received your payment for the shipping
                costs and the parcel will be sent back in two days if you do not pay.
                """);
        assertThat(found).containsExactlyInAnyOrder("nl", "en");
    }

    @Test
    void aShortOrWordlessTextFallsBackToEnglish() {
        assertThat(languages.of("")).containsExactly("en");
        assertThat(languages.of("https://example.com/x?id=12345 +49 30 1234567")).containsExactly("en");
        assertThat(languages.of("OK")).containsExactly("en");
    }

    @Test
    void aShortLineInOneLanguageIsStillTold() {
        assertThat(languages.of("Sie haben gewonnen! Holen Sie sich jetzt Ihren Preis ab.")).containsExactly("de");
        assertThat(languages.of("Você foi sorteado! Resgate seu prêmio agora.")).containsExactly("pt");
    }

    @Test
    void theAnalysisAlwaysRunsEnglishPlusTheMessagesOwnLanguages() {
        Analysis nl = new Analysis(paste("Gefeliciteerd! U heeft gewonnen. Claim uw prijs binnen 48 uur via de link."),
                Knowledge.standard());
        assertThat(nl.writtenIn()).containsExactly("nl");
        assertThat(nl.languages()).containsExactlyInAnyOrder("en", "nl");
        Analysis en = new Analysis(paste("Hi Sam, are we still on for lunch on Friday? Let me know."), Knowledge.standard());
        assertThat(en.languages()).containsExactly("en");
    }

    @Test
    void aHugeTextIsReadOnlyUpToTheLimitAndQuickly() {
        String para = "Vielen Dank für Ihre Nachricht, wir melden uns bald bei Ihnen. ";
        String big = para.repeat(200_000);
        long t = System.nanoTime();
        Set<String> found = languages.of(big);
        long ms = (System.nanoTime() - t) / 1_000_000;
        assertThat(found).containsExactly("de");
        assertThat(ms).isLessThan(500);
    }
}
