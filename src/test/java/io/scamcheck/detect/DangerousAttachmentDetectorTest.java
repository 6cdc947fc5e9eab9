package io.scamcheck.detect;

import io.scamcheck.i18n.Messages;
import io.scamcheck.model.Attachment;
import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DangerousAttachmentDetectorTest {
    private final DangerousAttachmentDetector detector = new DangerousAttachmentDetector();
    private final Messages messages = Messages.english();

    private static Email withAttachments(String... nameAndType) {
        StringBuilder sb = new StringBuilder("""
                From: Billing <billing@vendor.example>
                To: you@example.com
                Subject: Your invoice
                Date: Mon, 6 May 2024 10:00:00 +0000
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain; charset=utf-8

                Please see the attached file.
                """);
        for (int i = 0; i < nameAndType.length; i += 2) {
            sb.append("--b1\nContent-Type: ").append(nameAndType[i + 1]).append('\n');
            if (!nameAndType[i].isEmpty()) {
                sb.append("Content-Disposition: attachment; filename=\"").append(nameAndType[i]).append("\"\n");
            } else {
                sb.append("Content-Disposition: attachment\n");
            }
            sb.append("Content-Transfer-Encoding: base64\n\nTVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAA\n");
        }
        sb.append("--b1--\n");
        return eml(sb.toString());
    }

    @Test
    void aProgramWearingADocumentsEndingIsDanger() {
        Email e = withAttachments("Invoice_0424.pdf.exe", "application/octet-stream");
        List<Finding> f = run(detector, e);
        assertThat(f).singleElement().extracting(Finding::severity).isEqualTo(Severity.DANGER);
        assertThat(messages.join(f.get(0).explanation()))
                .contains("Invoice_0424.pdf.exe looks like a pdf file, but its real ending is exe.");
        assertThat(messages.join(f.get(0).evidence())).contains("Invoice_0424.pdf.exe");
        assertThat(f.get(0).spans()).isEmpty();
    }

    @Test
    void eachRiskyKindIsNamed() {
        Email e = withAttachments("setup.scr", "application/octet-stream", "statement.html", "text/html",
                "documents.zip", "application/zip", "report.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12",
                "disk.iso", "application/octet-stream");
        List<Finding> f = run(detector, e);
        assertThat(f).extracting(Finding::severity).containsExactly(Severity.DANGER, Severity.WARNING,
                Severity.WARNING, Severity.WARNING, Severity.DANGER);
        String all = f.stream().map(x -> messages.join(x.explanation())).reduce("", String::concat);
        assertThat(all).contains("setup.scr is a program.").contains("statement.html is a web page file.")
                .contains("documents.zip is a packed file.").contains("report.xlsm is an Office file with macros.")
                .contains("disk.iso is a disk image.");
    }

    @Test
    void ordinaryFilesAreQuiet() {
        Email e = withAttachments("invoice.pdf", "application/pdf", "photo.jpg", "image/jpeg", "notes.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "data.csv", "text/csv");
        assertThat(run(detector, e)).isEmpty();
    }

    /**
     * Intake lists the message a bounce returns as one attached message (as mail programs show it), not the
     * files inside it: the reader's own archive in there is not a file this message offers, so nothing fires.
     */
    @Test
    void aBounceReturningTheReadersOwnArchiveIsQuiet() {
        Email bounce = eml("""
                From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
                To: you@example.com
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="r1"

                --r1
                Content-Type: text/plain

                Your message could not be delivered.
                --r1
                Content-Type: message/delivery-status

                Final-Recipient: rfc822; friend@example.net
                Action: failed
                --r1
                Content-Type: message/rfc822

                From: you@example.com
                To: friend@example.net
                Subject: photos
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="m1"

                --m1
                Content-Type: text/plain

                Here they are.
                --m1
                Content-Type: application/zip
                Content-Disposition: attachment; filename="photos.zip"
                Content-Transfer-Encoding: base64

                UEsDBAoAAAAAAA==
                --m1--
                --r1--
                """);
        assertThat(bounce.attachments()).extracting(Attachment::name, Attachment::contentType)
                .contains(tuple("photos", "message/rfc822"))
                .noneMatch(t -> t.toList().contains("photos.zip"));
        assertThat(run(detector, bounce)).isEmpty();
    }

    @Test
    void namesAndTypesAreClassifiedWithoutOpeningAnything() {
        assertThat(DangerousAttachmentDetector.classify(new Attachment("scan\u202Efdp.exe", "application/pdf", 10)).danger())
                .isEqualTo(DangerousAttachmentDetector.Danger.REVERSED_NAME);
        assertThat(DangerousAttachmentDetector.classify(new Attachment("", "application/x-msdownload", 10)).danger())
                .isEqualTo(DangerousAttachmentDetector.Danger.PROGRAM);
        assertThat(DangerousAttachmentDetector.classify(new Attachment("invoice.pdf      .js", "", 10)).danger())
                .isEqualTo(DangerousAttachmentDetector.Danger.DOUBLE_ENDING);
        assertThat(DangerousAttachmentDetector.classify(new Attachment("VPN.mobileconfig", "application/octet-stream", 10))
                .danger()).isEqualTo(DangerousAttachmentDetector.Danger.PROGRAM);
        assertThat(DangerousAttachmentDetector.classify(new Attachment("logo.svg", "image/svg+xml", 10)).danger())
                .isEqualTo(DangerousAttachmentDetector.Danger.SVG);
        assertThat(DangerousAttachmentDetector.classify(new Attachment("report.pdf", "application/zip", 10))).isNull();
        assertThat(DangerousAttachmentDetector.classify(new Attachment("", "application/pdf", 10))).isNull();
    }
}
