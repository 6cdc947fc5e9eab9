package io.scamcheck.detect;

import io.scamcheck.model.Email;
import io.scamcheck.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.scamcheck.testing.Fixtures.analyze;
import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phrase detectors in German, Portuguese, Dutch, French and Spanish: the same kinds as in English, from
 * each language's own phrase files. Every scam sentence here must give its kind; every piece of ordinary mail
 * (a bank letter, a parcel notice from a real carrier, a newsletter, a tax office letter, a friend) must give
 * no sign of any of these kinds.
 */
class OtherLanguagesTest {

    static Stream<Arguments> scams() {
        return Stream.of(
                // German
                Arguments.of(Kind.TOO_GOOD_TO_BE_TRUE, "Herzlichen Glückwunsch! Sie haben einen Einkaufsgutschein im Wert von 500 € gewonnen.", "Sie haben einen"),
                Arguments.of(Kind.TOO_GOOD_TO_BE_TRUE, "Ihre E-Mail-Adresse wurde heute für unsere Verlosung ausgewählt.", "wurde heute"),
                Arguments.of(Kind.TOO_GOOD_TO_BE_TRUE, "Holen Sie sich 200 Freispiele ohne Einzahlung!", "Freispiele"),
                Arguments.of(Kind.URGENT_DEADLINE, "Bitte bestätigen Sie Ihre Angaben innerhalb von 24 Stunden.", "innerhalb von 24 Stunden"),
                Arguments.of(Kind.GENERIC_GREETING, "Sehr geehrter Kunde,\n\nIhr Konto wurde vorübergehend gesperrt.", "Sehr geehrter Kunde"),
                Arguments.of(Kind.THREAT_OF_CONSEQUENCES, "Andernfalls wird Ihr Konto dauerhaft gesperrt und alle Daten gelöscht.", "wird Ihr Konto dauerhaft gesperrt"),
                Arguments.of(Kind.CREDENTIALS_REQUEST, "Bitte bestätigen Sie Ihre Kontodaten über den folgenden Link.", "bestätigen Sie Ihre Kontodaten"),
                Arguments.of(Kind.UNEXPECTED_CHARGE, "Ihr Paket wird beim Zoll festgehalten. Bitte zahlen Sie die Zollgebühr von 2,99 €.", "Zollgebühr"),
                Arguments.of(Kind.UNEXPECTED_CHARGE, "Ihre Steuerrückerstattung in Höhe von 612,40 € ist bereit. Klicken Sie hier, um die Erstattung zu erhalten.", "Steuerrückerstattung"),
                // Portuguese
                Arguments.of(Kind.TOO_GOOD_TO_BE_TRUE, "Parabéns! Você ganhou um prêmio de R$ 5.000,00 em nosso sorteio.", "Você ganhou"),
                Arguments.of(Kind.TOO_GOOD_TO_BE_TRUE, "Seu CPF foi sorteado! Resgate agora o seu prêmio.", "Seu CPF foi sorteado"),
                Arguments.of(Kind.URGENT_DEADLINE, "Regularize sua situação em até 24 horas.", "em até 24 horas"),
                Arguments.of(Kind.GENERIC_GREETING, "Prezado cliente,\n\nSeu acesso foi bloqueado.", "Prezado cliente"),
                Arguments.of(Kind.THREAT_OF_CONSEQUENCES, "Caso contrário, sua conta será bloqueada definitivamente.", "sua conta será bloqueada"),
                Arguments.of(Kind.CREDENTIALS_REQUEST, "Atualize seus dados cadastrais para continuar usando o aplicativo.", "Atualize seus dados"),
                Arguments.of(Kind.UNEXPECTED_CHARGE, "Seu pedido foi taxado pela fiscalização. Pague a taxa alfandegária de R$ 45,90 para liberar a entrega.", "taxa alfandegária"),
                Arguments.of(Kind.UNEXPECTED_CHARGE, "Sua restituição do imposto de renda está liberada. Acesse o link para receber o valor.", "restituição"),
                // Dutch
                Arguments.of(Kind.TOO_GOOD_TO_BE_TRUE, "Gefeliciteerd! U heeft een cadeaukaart van € 250 gewonnen.", "U heeft een"),
                Arguments.of(Kind.URGENT_DEADLINE, "Bevestig uw gegevens binnen 48 uur.", "binnen 48 uur"),
                Arguments.of(Kind.GENERIC_GREETING, "Beste klant,\n\nUw pas verloopt binnenkort.", "Beste klant"),
                Arguments.of(Kind.THREAT_OF_CONSEQUENCES, "Zo niet, dan wordt uw rekening geblokkeerd.", "uw rekening geblokkeerd"),
                Arguments.of(Kind.CREDENTIALS_REQUEST, "Bevestig uw gegevens via de onderstaande knop om uw betaalpas te blijven gebruiken.", "Bevestig uw gegevens"),
                Arguments.of(Kind.UNEXPECTED_CHARGE, "Uw pakket wordt vastgehouden. Betaal de inklaringskosten van € 1,99 om het te ontvangen.", "inklaringskosten"),
                Arguments.of(Kind.UNEXPECTED_CHARGE, "U heeft recht op een belastingteruggave. Vul het formulier in om uw teruggave te ontvangen.", "recht op een belastingteruggave"),
                // French
                Arguments.of(Kind.TOO_GOOD_TO_BE_TRUE, "Félicitations ! Vous avez gagné un iPhone 15 lors de notre tirage au sort.", "Vous avez gagné"),
                Arguments.of(Kind.URGENT_DEADLINE, "Vous devez confirmer votre identité dans les 24 heures.", "dans les 24 heures"),
                Arguments.of(Kind.GENERIC_GREETING, "Cher client,\n\nVotre colis est en attente.", "Cher client"),
                Arguments.of(Kind.THREAT_OF_CONSEQUENCES, "Sans quoi votre compte sera définitivement suspendu.", "votre compte sera définitivement suspendu"),
                Arguments.of(Kind.CREDENTIALS_REQUEST, "Veuillez confirmer vos informations bancaires en cliquant sur le lien.", "confirmer vos informations"),
                Arguments.of(Kind.UNEXPECTED_CHARGE, "Votre colis est retenu en douane. Payez les frais de livraison de 2,50 € pour le recevoir.", "frais de livraison"),
                Arguments.of(Kind.UNEXPECTED_CHARGE, "Votre remboursement d'impôt est disponible. Remplissez le formulaire pour recevoir votre remboursement.", "remboursement"),
                // Spanish
                Arguments.of(Kind.TOO_GOOD_TO_BE_TRUE, "¡Felicidades! Usted ha ganado un premio de 1.000 euros.", "Usted ha ganado"),
                Arguments.of(Kind.URGENT_DEADLINE, "Confirme sus datos dentro de 24 horas.", "dentro de 24 horas"),
                Arguments.of(Kind.GENERIC_GREETING, "Estimado cliente,\n\nSu cuenta ha sido bloqueada.", "Estimado cliente"),
                Arguments.of(Kind.THREAT_OF_CONSEQUENCES, "De lo contrario, su cuenta será cancelada.", "su cuenta será cancelada"),
                Arguments.of(Kind.CREDENTIALS_REQUEST, "Por favor, verifique su identidad y actualice sus datos bancarios.", "verifique su identidad"),
                Arguments.of(Kind.UNEXPECTED_CHARGE, "Su paquete está retenido en aduana. Pague la tasa de aduana de 1,99 € para recibirlo.", "tasa de aduana"));
    }

    @ParameterizedTest
    @MethodSource("scams")
    void scamWordsGiveTheSameKindAsInEnglish(Kind kind, String text, String expectedWords) {
        Email e = paste(text);
        List<Finding> findings = analyze(e).findings();
        assertThat(words(e, findings, kind)).as(text).anySatisfy(w -> assertThat(w).contains(expectedWords));
    }

    /** The kinds whose words this test is about. */
    private static final List<Kind> WORD_KINDS = List.of(Kind.TOO_GOOD_TO_BE_TRUE, Kind.THREAT_OF_CONSEQUENCES,
            Kind.CREDENTIALS_REQUEST, Kind.UNEXPECTED_CHARGE, Kind.PERSONAL_INFO_REQUEST, Kind.CRIME_ACCUSATION);

    static Stream<String> legitimate() {
        return Stream.of(
                // German: a bank letter, a parcel notice, a newsletter, the tax office, a friend
                """
                Sehr geehrte Frau Becker,

                zum 1. März ändern sich die Bedingungen für Ihr Girokonto. Die neuen Preise finden Sie im
                Preis- und Leistungsverzeichnis. Wenn Sie nicht einverstanden sind, können Sie bis dahin
                kostenfrei kündigen. Bei Fragen erreichen Sie uns in jeder Filiale.

                Mit freundlichen Grüßen
                Ihre Sparkasse
                """,
                """
                Hallo Herr Wagner,

                Ihr Paket ist unterwegs und wird voraussichtlich morgen zwischen 10 und 14 Uhr zugestellt.
                Sendungsnummer: 00340434161234567890. Sie können den Zustelltag in der App ändern oder einen
                Ablageort wählen.
                """,
                """
                Liebe Leserinnen und Leser,

                in unserem Newsletter stellen wir Ihnen diesen Monat neue Rezepte für den Herbst vor. Außerdem
                verlosen wir unter allen Abonnenten drei Kochbücher. Die Teilnahmebedingungen finden Sie auf
                unserer Website. Viel Spaß beim Lesen!
                """,
                """
                Sehr geehrter Herr Schmidt,

                Ihr Einkommensteuerbescheid für 2024 steht im Online-Finanzamt bereit. Die Erstattung von
                412,00 Euro wird in den nächsten Tagen auf Ihr bekanntes Konto überwiesen. Sie müssen nichts
                weiter tun.
                """,
                """
                Liebe Kundin, lieber Kunde,

                zum Frühlingsanfang gibt es in allen Filialen frische Angebote. Machen Sie mit bei unserem
                Gewinnspiel: Unter allen Einsendungen verlosen wir zehn Einkaufsgutscheine. Die Teilnahme ist
                kostenlos, Einsendeschluss ist der 31. März.
                """,
                """
                Beste klant,

                Uw nieuwe betaalpas is onderweg en komt binnen vijf werkdagen met de post. Uw oude pas blijft
                werken tot u de nieuwe heeft geactiveerd. Wij vragen nooit om uw pincode.
                """,
                "Hi Jonas, hast du am Samstag Zeit? Wir grillen bei uns im Garten, bring gern die Kinder mit. Liebe Grüße, Anna",
                // Portuguese
                """
                Olá, Mariana!

                Seu pedido nº 48213 foi enviado e deve chegar em até 5 dias úteis. Você pode acompanhar a
                entrega pelo aplicativo ou pelo site usando o código de rastreio.
                """,
                """
                Prezado Sr. Oliveira,

                Informamos que a fatura do seu cartão com vencimento em 10/04 já está disponível no
                aplicativo. O pagamento em débito automático está agendado. Nunca pedimos sua senha por
                e-mail ou telefone.
                """,
                "Oi Pedro, tudo bem? Vamos almoçar na sexta? Me avisa o horário. Abraço, Lucas",
                """
                Olá, Ana

                Nossa newsletter de março chegou: dicas de leitura, novidades da loja e um cupom de 10% para
                sua próxima compra, válido até o fim do mês.
                """,
                // Dutch
                """
                Beste meneer De Vries,

                Uw pakket wordt vandaag tussen 13:00 en 15:00 uur bezorgd. Niet thuis? Dan leggen we het bij
                de buren of brengen we het naar een servicepunt in de buurt.
                """,
                """
                Geachte heer Jansen,

                De Belastingdienst heeft uw aangifte inkomstenbelasting 2024 verwerkt. U krijgt 312 euro terug.
                Wij maken dit bedrag binnen vijf werkdagen over op uw bekende rekeningnummer.
                """,
                "Hoi Sanne, zullen we zaterdag samen naar de markt gaan? Laat maar weten hoe laat het je uitkomt. Groetjes, Eva",
                """
                Beste klant,

                Vanaf 1 april veranderen de tarieven voor uw betaalrekening. U vindt de nieuwe tarieven in de
                app. Gaat u niet akkoord, dan kunt u uw rekening kosteloos opzeggen.
                """,
                // French
                """
                Bonjour Madame Martin,

                Votre colis a été expédié et sera livré demain. Vous pouvez suivre votre livraison depuis
                votre espace client ou choisir un point relais.
                """,
                """
                Madame, Monsieur,

                Votre avis d'impôt sur le revenu 2024 est disponible dans votre espace particulier sur le site
                des impôts. Le remboursement de 230 euros sera versé sur votre compte bancaire dans les
                prochains jours. Aucune démarche n'est nécessaire.
                """,
                "Salut Julie, on se voit samedi pour le déjeuner ? Dis-moi quelle heure te convient. Bises, Camille",
                // Spanish
                """
                Hola, Lucía:

                Tu pedido 55120 ha sido enviado y llegará en 3 días laborables. Puedes seguir el envío desde
                tu cuenta en nuestra web.
                """,
                """
                Estimado cliente:

                Le informamos de que a partir del 1 de mayo cambiarán las condiciones de su cuenta. Puede
                consultar los detalles en su banca en línea. Nunca le pediremos sus claves por correo.
                """,
                "Hola Marta, ¿quedamos el sábado para comer? Dime a qué hora te viene bien. Un abrazo, Carlos");
    }

    @ParameterizedTest
    @MethodSource("legitimate")
    void ordinaryMailGivesNoneOfTheseKinds(String text) {
        Email e = paste(text);
        Report r = analyze(e);
        assertThat(r.findings()).as(text).noneMatch(f -> WORD_KINDS.contains(f.kind()));
        assertThat(r.verdict().verdict()).as(text).isEqualTo(Verdict.NO_SIGNS_FOUND);
    }

    @Test
    void negatedWordsDoNotCount() {
        Email de = paste("Wir werden Sie niemals auffordern, Ihre Kontodaten zu bestätigen.");
        assertThat(analyze(de).findings()).noneMatch(f -> f.kind() == Kind.CREDENTIALS_REQUEST);
        Email pt = paste("Nunca pedimos para você atualizar seus dados por e-mail.");
        assertThat(analyze(pt).findings()).noneMatch(f -> f.kind() == Kind.CREDENTIALS_REQUEST);
    }

    @Test
    void aMixedMessageRunsBothLanguages() {
        Email e = paste("""
                Beste klant,

                Gefeliciteerd! U heeft een prijs gewonnen van onze loterij, en we sturen hem graag naar u op.

                Dear customer, your account will be suspended if you do not verify your account today.
                """);
        List<Finding> f = analyze(e).findings();
        assertThat(words(e, f, Kind.TOO_GOOD_TO_BE_TRUE)).anySatisfy(w -> assertThat(w).contains("U heeft een prijs"));
        assertThat(words(e, f, Kind.THREAT_OF_CONSEQUENCES)).anySatisfy(w -> assertThat(w).contains("account will be suspended"));
    }

    @Test
    void theFactsComeFromTheWordsInAnyLanguage() {
        Email e = paste("Ihr Paket wird beim Zoll festgehalten. Bitte zahlen Sie die Zollgebühr von 2,99 €.");
        Finding f = analyze(e).findings().stream().filter(x -> x.kind() == Kind.UNEXPECTED_CHARGE).findFirst().orElseThrow();
        assertThat(f.explanation()).anySatisfy(t -> assertThat(t.key()).isEqualTo("fact.unexpected-charge.delivery"));
    }
}
