package io.scamcheck.intake;

import io.scamcheck.model.HiddenText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {
    @Test
    void whiteTextOnABackgroundPaintedByAStyleRuleIsShown() {
        HtmlText.Result r = HtmlText.convert("<style>.dark { background-color: #111 }</style>"
                + "<table><tr><td class=\"dark\"><span style=\"color:#fff\">Light words on a dark cell</span></td></tr></table>");
        assertThat(r.text()).isEqualTo("Light words on a dark cell");
        assertThat(r.hidden()).isEmpty();
    }

    @Test
    void aStyleRuleBackgroundIsFollowedWhenItsColourIsKnown() {
        HtmlText.Result dark = HtmlText.convert("<style>body { background: #000 }</style><body><p style=\"color:white\">Shown</p></body>");
        assertThat(dark.text()).isEqualTo("Shown");
        HtmlText.Result light = HtmlText.convert("<style>.box { background-color: #ffffff }</style>"
                + "<div class=\"box\">Visible <font color=\"#fefefe\">invisible filler words</font></div>");
        assertThat(light.text()).isEqualTo("Visible");
        assertThat(light.hidden()).extracting(HiddenText::reason).containsExactly("same-color");
        HtmlText.Result unknown = HtmlText.convert("<style>div > p { background: #000 }</style><div><p style=\"color:#fff\">Maybe dark</p></div>");
        assertThat(unknown.text()).as("a rule too complex to follow: no guess").isEqualTo("Maybe dark");
    }

    @Test
    void whiteTextWithNoBackgroundIsHiddenAndItsPlaceKept() {
        HtmlText.Result r = HtmlText.convert("<p>Pay now <span style=\"color:#FFFFFF\">weather report</span>please.</p>");
        assertThat(r.text()).isEqualTo("Pay now please.");
        assertThat(r.hidden()).singleElement().satisfies(h -> {
            assertThat(h.text()).isEqualTo("weather report");
            assertThat(h.reason()).isEqualTo("same-color");
            assertThat(h.at().start()).isEqualTo("Pay now ".length());
        });
    }

    @Test
    void linksKeepShownWordsAndRealTargets() {
        HtmlText.Result r = HtmlText.convert("<p>Go to <a href=\" https://evil.example/x \"><b>paypal</b>.com</a> now</p>"
                + "<p><a href=\"javascript:alert(1)\">click</a> <a href=\"#top\">top</a></p>");
        assertThat(r.links()).hasSize(2);
        assertThat(r.links().get(0).shownText()).isEqualTo("paypal.com");
        assertThat(r.links().get(0).target()).isEqualTo("https://evil.example/x");
        assertThat(r.links().get(0).span().textOf(r.text())).isEqualTo("paypal.com");
        assertThat(r.links().get(1).target()).isEqualTo("javascript:");
    }

    @Test
    void hidingStylesAreRecognised() {
        assertThat(HtmlText.hidingReason("display: none !important")).isEqualTo("display-none");
        assertThat(HtmlText.hidingReason("font-size:0pt")).isEqualTo("zero-size");
        assertThat(HtmlText.hidingReason("max-height:0px; overflow:hidden")).isEqualTo("zero-size");
        assertThat(HtmlText.hidingReason("opacity:0")).isEqualTo("transparent");
        assertThat(HtmlText.hidingReason("position:absolute; left:-5000px")).isEqualTo("offscreen");
        assertThat(HtmlText.hidingReason("font-size:14px; color:#333")).isNull();
        assertThat(HtmlText.hidingReason("height:0")).as("zero height alone lets text overflow, visible").isNull();
        assertThat(new HiddenText("x", "zero-size", new io.scamcheck.model.Span(3, 3)).span().start()).isEqualTo(3);
    }
}
