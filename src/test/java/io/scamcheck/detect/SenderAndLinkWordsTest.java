package io.scamcheck.detect;

import io.scamcheck.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every sentence these detectors can show is in the bundle, and none of them calls anything safe. */
class SenderAndLinkWordsTest {
    private final Messages messages = Messages.english();

    @Test
    void everyKindAndFactHasItsWords() {
        List<String> keys = new ArrayList<>();
        for (Kind k : List.of(Kind.LOOKALIKE_DOMAIN, Kind.REPLY_TO_MISMATCH, Kind.DISPLAY_NAME_MISMATCH,
                Kind.FAILED_AUTHENTICATION, Kind.LINK_TEXT_MISMATCH, Kind.SUSPICIOUS_LINK,
                Kind.DANGEROUS_ATTACHMENT, Kind.MASS_MAILING)) {
            keys.addAll(List.of(k.titleKey(), k.explanationKey(), k.adviceKey()));
        }
        for (SuspiciousLinkDetector.Trick t : SuspiciousLinkDetector.Trick.values()) {
            keys.add(t.factKey);
        }
        for (DangerousAttachmentDetector.Danger d : DangerousAttachmentDetector.Danger.values()) {
            keys.add(d.factKey);
        }
        keys.addAll(List.of("fact.lookalike.letters", "fact.lookalike.typo", "fact.lookalike.in-front",
                "fact.lookalike.name-inside", "fact.lookalike.mixed", "fact.reply-to.goes-elsewhere",
                "fact.reply-to.webmail", "fact.reply-to.other-webmail", "fact.display-name.shows",
                "fact.display-name.your-address", "fact.failed-authentication.checks",
                "fact.link-text.leads-elsewhere", "fact.link-text.writes-elsewhere", "fact.mass-mailing.hidden-list",
                "fact.mass-mailing.to-sender", "evidence.sender.header",
                "evidence.link.target", "evidence.attachment.file", "evidence.lookalike.domain",
                "evidence.failed-authentication.result"));
        for (String key : keys) {
            assertThat(messages.has(key)).as(key).isTrue();
            String text = messages.get(key, "a.example", "b.example", "c.example", "d.example");
            assertThat(text).as(key).doesNotContainIgnoringCase("safe").doesNotContain("{");
        }
    }
}
