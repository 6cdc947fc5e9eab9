package io.scamcheck.ui;

import io.scamcheck.detect.Analyzer;
import io.scamcheck.detect.Severity;
import io.scamcheck.i18n.Messages;
import io.scamcheck.knowledge.Knowledge;
import io.scamcheck.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's state and actions, driven without a screen. */
class MainViewModelTest {
    private static final Executor NOW = Runnable::run;
    private final Messages messages = Messages.english();

    private MainViewModel vm() {
        return new MainViewModel(TestDetectors.analyzer(), TestDetectors.wording(), NOW, NOW, Duration.ofSeconds(10));
    }

    @Test
    void pastingTheSeedShowsTheVerdictCardsAndMarkedWords() {
        MainViewModel vm = vm();
        assertThat(vm.getScreen()).isEqualTo(MainViewModel.Screen.EMPTY);

        vm.checkText(TestDetectors.SEED);

        assertThat(vm.getScreen()).isEqualTo(MainViewModel.Screen.RESULT);
        assertThat(vm.getError()).isEmpty();
        assertThat(vm.isBusy()).isFalse();
        ResultModel r = vm.getResult();
        assertThat(r.verdict()).isEqualTo(Verdict.LIKELY_SCAM);
        assertThat(r.headline()).isEqualTo(messages.get("verdict.likely-scam.headline"));
        assertThat(r.steps()).hasSize(4).first().isEqualTo(messages.get("verdict.likely-scam.step1"));
        // Most important first: the two strong signs by position, then the weak one.
        assertThat(r.cards()).extracting(CardModel::title)
                .containsExactly(TestDetectors.MAC_TITLE, TestDetectors.CALL_TITLE, TestDetectors.CAPS_TITLE);
        assertThat(r.cards().get(0).words()).containsExactly("MAC Address : A0:95:6D:C7");
        assertThat(r.cards().get(0).severity()).isEqualTo(Severity.DANGER);
        assertThat(r.cards().get(0).severityWords()).isEqualTo(messages.get("window.severity.danger"));
        assertThat(r.cards().get(0).evidence()).containsExactly("Shown value: A0:95:6D:C7 (4 pairs, not 6)");
        assertThat(r.segments()).filteredOn(Segment::marked).extracting(s -> s.textOf(r.text()))
                .containsExactly("MAC Address : A0:95:6D:C7", "Please ", "call MS Support Team",
                        " at 1-844-286-1916");
        assertThat(r.source()).isEqualTo(messages.get("window.result.pasted"));
    }

    @Test
    void clickingOverlappingWordsAgainMovesToTheNextCardThatCoversThem() {
        MainViewModel vm = vm();
        vm.checkText(TestDetectors.SEED);
        ResultModel r = vm.getResult();
        Segment shared = r.segments().stream().filter(s -> s.textOf(r.text()).equals("call MS Support Team"))
                .findFirst().orElseThrow();
        assertThat(shared.cards()).containsExactly(1, 2);

        vm.selectSegment(shared);
        assertThat(vm.getSelectedCard()).isEqualTo(1);
        vm.selectSegment(shared);
        assertThat(vm.getSelectedCard()).isEqualTo(2);
        vm.selectSegment(shared);
        assertThat(vm.getSelectedCard()).isEqualTo(1);

        Segment plain = r.segments().stream().filter(s -> !s.marked()).findFirst().orElseThrow();
        vm.selectSegment(plain);
        assertThat(vm.getSelectedCard()).isEqualTo(1);
        assertThat(r.firstSegmentOf(0).orElseThrow().textOf(r.text())).isEqualTo("MAC Address : A0:95:6D:C7");
    }

    @Test
    void badInputShowsAPlainSentenceAndKeepsWhatWasShown() {
        MainViewModel vm = vm();
        vm.checkText(TestDetectors.SEED);
        ResultModel shown = vm.getResult();
        vm.selectCard(1);

        vm.checkText("   \n  ");

        assertThat(vm.getError()).isEqualTo(messages.get("error.empty"));
        assertThat(vm.getResult()).isSameAs(shown);
        assertThat(vm.getScreen()).isEqualTo(MainViewModel.Screen.RESULT);
        assertThat(vm.getSelectedCard()).isEqualTo(1);
        assertThat(vm.isBusy()).isFalse();
    }

    @Test
    void aFileThatIsNotAMessageGetsItsSentence(@TempDir Path dir) throws Exception {
        MainViewModel vm = vm();
        Path pdf = dir.resolve("letter.pdf");
        Files.write(pdf, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));

        vm.openFile(pdf);
        // A PDF is named as one, in plain words.
        assertThat(vm.getError()).isEqualTo(messages.get("window.error.pdf"));
        assertThat(vm.getScreen()).isEqualTo(MainViewModel.Screen.EMPTY);

        vm.openFile(dir.resolve("gone.eml"));
        assertThat(vm.getError()).isEqualTo(messages.get("error.not-found"));
    }

    @Test
    void aMailboxFileLargerThanOneMessageMayBeIsListedAndItsMessagesOpen(@TempDir Path dir) throws Exception {
        // 3 messages, the second over 64 MB: the file is listed, the second refused on its own, the others read.
        Path box = dir.resolve("Inbox.mbox");
        String line = "Notes from the meeting, kept for the record, nothing to do.\n";
        try (var w = Files.newBufferedWriter(box, StandardCharsets.UTF_8)) {
            w.write("From a@example.org Tue Nov 24 10:00:00 2026\nFrom: Support <a@example.org>\nSubject: First\n\n"
                    + TestDetectors.SEED + "\n\n");
            w.write("From b@example.org Tue Nov 24 10:00:00 2026\nFrom: Bob <b@example.org>\nSubject: Huge\n\n");
            for (long n = 0; n <= (64L << 20); n += line.length()) {
                w.write(line);
            }
            w.write("\nFrom c@example.org Tue Nov 24 10:00:00 2026\nFrom: Cat <c@example.org>\nSubject: Last\n\n"
                    + "See you on Friday.\n");
        }
        MainViewModel vm = vm();

        vm.openFile(box);
        assertThat(vm.getError()).isEmpty();
        assertThat(vm.getScreen()).isEqualTo(MainViewModel.Screen.MAILBOX);
        assertThat(vm.getMailbox().box().entries()).extracting(e -> e.subject()).containsExactly("First", "Huge", "Last");

        vm.checkMailboxMessage(1);
        assertThat(vm.getResult().verdict()).isEqualTo(Verdict.LIKELY_SCAM);
        vm.backToMailbox();
        vm.checkMailboxMessage(2);
        assertThat(vm.getError()).isEqualTo(messages.get("error.too-large"));
        vm.checkMailboxMessage(3);
        assertThat(vm.getResult().source()).contains("Inbox.mbox");
        assertThat(vm.getResult().verdict()).isNotEqualTo(Verdict.LIKELY_SCAM);
    }

    @Test
    void anOpenedFileIsCheckedAndNamed(@TempDir Path dir) throws Exception {
        MainViewModel vm = vm();
        Path txt = dir.resolve("message.txt");
        Files.writeString(txt, TestDetectors.SEED);

        vm.openFile(txt);

        assertThat(vm.getResult().verdict()).isEqualTo(Verdict.LIKELY_SCAM);
        assertThat(vm.getResult().source()).isEqualTo("message.txt");
    }

    @Test
    void checkAnotherGoesBackToTheEmptyScreen() {
        MainViewModel vm = vm();
        vm.draftProperty().set(TestDetectors.SEED);
        vm.checkDraft();
        vm.selectCard(0);
        vm.showError("window.error.empty-clipboard");

        vm.checkAnother();

        assertThat(vm.getScreen()).isEqualTo(MainViewModel.Screen.EMPTY);
        assertThat(vm.getResult()).isNull();
        assertThat(vm.getError()).isEmpty();
        assertThat(vm.getSelectedCard()).isEqualTo(-1);
        assertThat(vm.draftProperty().get()).isEmpty();
    }

    @Test
    void aNewerRequestWinsOverAnOlderOneStillRunning() {
        Queue<Runnable> background = new ArrayDeque<>();
        MainViewModel vm = new MainViewModel(TestDetectors.analyzer(), TestDetectors.wording(), background::add,
                NOW, Duration.ofSeconds(10));
        vm.checkText(TestDetectors.SEED);
        vm.checkText("Hello, lunch on Friday?");
        assertThat(vm.isBusy()).isTrue();

        // The second finishes first, then the first (older) one: the older answer must be dropped.
        Runnable first = background.poll();
        background.poll().run();
        assertThat(vm.getResult().verdict()).isEqualTo(Verdict.NO_SIGNS_FOUND);
        assertThat(vm.isBusy()).isFalse();
        first.run();
        assertThat(vm.getResult().verdict()).isEqualTo(Verdict.NO_SIGNS_FOUND);
        assertThat(vm.getResult().cards()).isEmpty();
    }

    @Test
    void aCheckThatTakesTooLongSaysSoAndTheWindowMovesOn() throws Exception {
        CountDownLatch answered = new CountDownLatch(1);
        Executor never = r -> { };
        Executor ui = r -> {
            r.run();
            answered.countDown();
        };
        MainViewModel vm = new MainViewModel(TestDetectors.analyzer(), TestDetectors.wording(), never, ui,
                Duration.ofMillis(50));
        vm.checkText(TestDetectors.SEED);
        assertThat(answered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(vm.getError()).isEqualTo(messages.get("error.too-slow"));
        assertThat(vm.isBusy()).isFalse();
    }

    @Test
    void aDetectorThatBreaksDoesNotTakeTheWindowDown() {
        Analyzer broken = new Analyzer(List.of(new io.scamcheck.detect.Detector() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public List<io.scamcheck.detect.Finding> detect(io.scamcheck.detect.Analysis a) {
                throw new IllegalStateException("boom");
            }
        }), Knowledge.standard());
        MainViewModel vm = new MainViewModel(broken, TestDetectors.wording(), NOW, NOW, Duration.ofSeconds(10));
        vm.checkText("Hello there");
        assertThat(vm.getScreen()).isEqualTo(MainViewModel.Screen.RESULT);
        assertThat(vm.getResult().verdict()).isEqualTo(Verdict.NO_SIGNS_FOUND);
    }

    @Test
    void aVeryLongMessageIsShownCutShortButCheckedWhole() {
        MainViewModel vm = vm();
        String line = "An ordinary line of a long and friendly letter about the garden.\n";
        String text = line.repeat(MainViewModel.SHOWN_TEXT_LIMIT / line.length() + 10)
                + "MAC Address : A0:95:6D:C7\n";

        vm.checkText(text);

        ResultModel r = vm.getResult();
        assertThat(r.cut()).isTrue();
        assertThat(r.text()).hasSize(MainViewModel.SHOWN_TEXT_LIMIT);
        assertThat(r.cards()).extracting(CardModel::title).containsExactly(TestDetectors.MAC_TITLE);
        assertThat(r.cards().get(0).words()).containsExactly("MAC Address : A0:95:6D:C7");
        assertThat(r.hasMarks()).isFalse();
        assertThat(r.segments()).hasSize(1);

        vm.checkText(TestDetectors.SEED);
        assertThat(vm.getResult().cut()).isFalse();
        assertThat(vm.getResult().hasMarks()).isTrue();
    }

    @Test
    void theAnalyzerIsMadeOnceOnFirstUseAndAFailureToLoadItIsSaidInWords() {
        int[] made = {0};
        MainViewModel vm = new MainViewModel(() -> {
            if (made[0]++ == 0) {
                throw new IllegalStateException("knowledge file missing");
            }
            return TestDetectors.analyzer();
        }, TestDetectors.wording(), NOW, NOW, Duration.ofSeconds(10));
        assertThat(made[0]).isZero();

        vm.checkText(TestDetectors.SEED);
        assertThat(vm.getError()).isEqualTo(messages.get("error.internal"));
        assertThat(vm.getScreen()).isEqualTo(MainViewModel.Screen.EMPTY);

        vm.checkText(TestDetectors.SEED);
        vm.checkText(TestDetectors.SEED);
        assertThat(vm.getResult().verdict()).isEqualTo(Verdict.LIKELY_SCAM);
        assertThat(made[0]).isEqualTo(2);
    }

    @Test
    void textSizeStaysWithinLimits() {
        MainViewModel vm = vm();
        assertThat(vm.fontSizeProperty().get()).isEqualTo(16);
        vm.largerText();
        assertThat(vm.fontSizeProperty().get()).isEqualTo(18);
        for (int i = 0; i < 30; i++) {
            vm.largerText();
        }
        assertThat(vm.fontSizeProperty().get()).isEqualTo(MainViewModel.MAX_FONT_SIZE);
        for (int i = 0; i < 30; i++) {
            vm.smallerText();
        }
        assertThat(vm.fontSizeProperty().get()).isEqualTo(MainViewModel.MIN_FONT_SIZE);
    }

    @Test
    void theTopReasonsAreTheDecidingFindingsTitlesAtMostThree() {
        MainViewModel vm = vm();
        vm.checkText(TestDetectors.SEED);
        ResultModel r = vm.getResult();
        assertThat(r.reasons()).isNotEmpty().hasSizeLessThanOrEqualTo(MainViewModel.TOP_REASONS);
        assertThat(r.cards()).extracting(CardModel::title).containsAll(r.reasons());
    }

    @Test
    void theAlreadyPaidPageGoesBackToWhereItWasOpened() {
        MainViewModel vm = vm();
        vm.checkText(TestDetectors.SEED);
        ResultModel shown = vm.getResult();
        vm.selectCard(1);
        vm.showAlreadyPaid();
        assertThat(vm.getScreen()).isEqualTo(MainViewModel.Screen.ALREADY_PAID);
        vm.showAlreadyPaid();
        vm.leaveAlreadyPaid();
        assertThat(vm.getScreen()).isEqualTo(MainViewModel.Screen.RESULT);
        assertThat(vm.getResult()).isSameAs(shown);
        assertThat(vm.getSelectedCard()).isEqualTo(1);
        vm.leaveAlreadyPaid();
        assertThat(vm.getScreen()).isEqualTo(MainViewModel.Screen.RESULT);
    }

    @Test
    void tryAnExampleChecksTheBundledScam() {
        MainViewModel vm = vm();
        vm.tryExample();
        assertThat(vm.getScreen()).isEqualTo(MainViewModel.Screen.RESULT);
        assertThat(vm.getResult().text()).contains("Billing Department");
        assertThat(vm.getResult().source()).isEqualTo(messages.get("window.result.example"));
    }

    @Test
    void aSentenceAlreadyShownIsSaidAgainInTheNewLanguage(@TempDir Path dir) throws Exception {
        Messages[] language = {Messages.forLocale(java.util.Locale.ENGLISH)};
        MainViewModel vm = new MainViewModel(TestDetectors.analyzer(), t -> language[0].format(t), NOW, NOW,
                Duration.ofSeconds(10));
        Path pdf = dir.resolve("letter.pdf");
        Files.write(pdf, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        vm.openFile(pdf);
        assertThat(vm.getError()).isEqualTo(language[0].get("window.error.pdf"));

        language[0] = Messages.forLocale(java.util.Locale.GERMAN);
        vm.reword();
        assertThat(vm.getError()).isEqualTo(language[0].get("window.error.pdf")).contains("PDF-Dokument");
    }
}
