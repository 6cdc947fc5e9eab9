package io.scamcheck.intake;

import io.scamcheck.cli.Cli;
import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailboxTest {
    private static final Path BOX = IntakeGoldenTest.DIR.resolve("box.mbox");

    @Test
    void listsEveryMessageWithDateSenderAndSubject() throws Exception {
        assertThat(Intake.isMailbox(BOX)).isTrue();
        Mailbox box = Intake.mailbox(BOX);
        assertThat(box.entries()).containsExactly(
                new Mailbox.Entry(1, "Thu, 7 May 2020 10:00:00 +0000", "Microsoft Support <support@ms-help.xyz>",
                        "Windows License Suspended"),
                new Mailbox.Entry(2, "Fri, 8 May 2020 09:00:00 -0300", "Banco Segurança <alerta@banco-seguro.example>",
                        "Acesso bloqueado"),
                new Mailbox.Entry(3, "Sat, 9 May 2020 12:00:00 +0000", "Old Friend <friend@example.org>", "Lunch"));
    }

    @Test
    void readsTheMessageChosen() throws Exception {
        Mailbox box = Intake.mailbox(BOX);
        Email second = box.message(2);
        assertThat(second.body()).isEqualTo("Seu acesso foi bloqueado. Desbloquear agora");
        assertThat(second.links()).singleElement()
                .satisfies(l -> assertThat(l.target()).isEqualTo("http://banco-seguro.example/desbloquear"));
        // a body line quoted as ">From " gets its words back, and the next message's "From " line is not in it
        assertThat(box.message(3).body()).isEqualTo("Lunch on Friday?\nFrom what I remember, you like the place by the river.\n");
        assertThat(box.message(1).body()).isEqualTo("Your license was suspended. Call 1-844-286-1916.\n");
    }

    @Test
    void openingAnMboxAsOneMessageGivesTheFirstWithANote() throws Exception {
        Email e = Intake.fromFile(BOX);
        assertThat(e.subject()).contains("Windows License Suspended");
        assertThat(e.notes()).extracting(t -> t.key()).containsExactly("intake.note.mailbox-first");
    }

    @Test
    void aSingleMessageIsNotAMailbox() {
        Path eml = IntakeGoldenTest.DIR.resolve("plain.eml");
        assertThat(Intake.isMailbox(eml)).isFalse();
        assertThatThrownBy(() -> Intake.mailbox(eml)).isInstanceOf(IntakeException.class)
                .extracting(e -> ((IntakeException) e).error()).isEqualTo(IntakeError.NOT_A_MAILBOX);
    }

    @Test
    void aPasteStartingWithTheWordFromIsNotAMailbox() throws Exception {
        Email e = Intake.fromBytes("From the desk of Mr. James Brown\nI have a business offer for you.\n"
                .getBytes(StandardCharsets.UTF_8), "offer.txt");
        assertThat(e.text()).startsWith("From the desk of Mr. James Brown");
    }

    @Test
    void theEnvelopeLineOfASingleSavedMessageIsNotAHeader() throws Exception {
        String saved = "From x@y.example Mon Jan  1 00:00:00 2024\nFrom: Bank <a@bank.example>\nSubject: hi\n"
                + "Date: Mon, 1 Jan 2024 00:00:00 +0000\n\nbody here\n";
        for (Email e : List.of(Intake.fromPaste(saved), Intake.fromBytes(saved.getBytes(StandardCharsets.UTF_8), "m.eml"))) {
            assertThat(e.headers()).extracting(h -> h.name()).containsExactly("From", "Subject", "Date");
            assertThat(e.body()).isEqualTo("body here\n");
            assertThat(e.notes()).isEmpty();
        }
    }

    @Test
    void theCommandLineChecksEachMessageOfAnMbox() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"check", "--json", BOX.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(lines.get(i)).startsWith("{\"file\":\"" + BOX.toString().replace("\\", "\\\\") + "#" + (i + 1) + "\"")
                    .contains("\"verdict\":");
        }
        assertThat(lines.get(1)).contains("Seu acesso foi bloqueado");
    }
}
