package io.scamcheck.intake;

import io.scamcheck.model.Email;
import io.scamcheck.model.Forwarded;
import io.scamcheck.model.SourceKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outlook .msg files (made by {@link MsgFixtures}, as the file format describes them). */
class MsgTest {
    @Test
    void transportHeadersAreTheHeadersWhenTheFileKeepsThem() throws Exception {
        Email e = Intake.fromBytes(MsgFixtures.write(MsgFixtures.withHeaders()), "mail.msg");
        assertThat(e.source()).isEqualTo(SourceKind.MSG);
        assertThat(e.hasHeaders()).isTrue();
        assertThat(e.header("Authentication-Results")).hasValueSatisfying(v -> assertThat(v).contains("spf=fail"));
        assertThat(e.from().orElseThrow().address()).isEqualTo("helpdesk@mail-quota.example");
    }

    @Test
    void aFileWithoutTransportHeadersStillHasSenderSubjectAndDate() throws Exception {
        Email e = Intake.fromBytes(MsgFixtures.write(MsgFixtures.withoutHeaders()), "saved.msg");
        // the Exchange-internal sender name is not shown; the internet address is
        assertThat(e.from().orElseThrow().address()).isEqualTo("billing@invoices-now.example");
        assertThat(e.to()).extracting(a -> a.address()).containsExactly("pat@example.com", "sam@example.com");
        assertThat(e.header("Date")).contains("Tue, 19 May 2020 09:30:00 +0000");
        assertThat(e.attachments()).singleElement().satisfies(a -> assertThat(a.name()).isEqualTo("invoice.pdf.exe"));
    }

    @Test
    void anAttachedOutlookItemIsTheForwardedOriginal() throws Exception {
        Email e = Intake.fromBytes(MsgFixtures.write(MsgFixtures.forwardedItem()), "fw.msg");
        assertThat(e.subject()).contains("Invoice 2020-0519 overdue");
        Forwarded f = e.forwarded().orElseThrow();
        assertThat(f.how()).isEqualTo(Forwarded.How.ATTACHED);
        assertThat(f.forwarder()).isEqualTo("Sam Lee <sam@example.com>");
        assertThat(f.outerText()).isEqualTo("Is this invoice real? I do not remember it.");
    }

    @Test
    void otherOfficeFilesAreNotMessagesWhateverTheirName() {
        byte[] doc = new byte[1024];
        System.arraycopy(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
            (byte) 0xe1}, 0, doc, 0, 8);
        assertThatThrownBy(() -> Intake.fromBytes(doc, "report.msg")).isInstanceOf(IntakeException.class)
                .extracting(x -> ((IntakeException) x).error())
                .isIn(IntakeError.NOT_A_MESSAGE, IntakeError.BROKEN_MESSAGE);
    }
}
