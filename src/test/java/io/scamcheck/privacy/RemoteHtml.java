package io.scamcheck.privacy;

/**
 * HTML mail that asks for every kind of remote resource a mail program might fetch: pictures (also in
 * srcset, picture sources, backgrounds and CSS url()), style sheets, fonts, frames, objects, media, prefetch
 * and preconnect hints, a refresh, scripts and a tracking pixel. A program that rendered it in a web view, or
 * looked at any of it, would go to the network; one that only reads its text does not.
 */
final class RemoteHtml {
    /** Every address below is on this host name, so a trace can be searched for it. */
    static final String HOST = "tracker.remote-resource.example";

    private RemoteHtml() {
    }

    static String page() {
        String h = "https://" + HOST;
        return "<!DOCTYPE html><html><head>"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + h + "/refresh\">"
                + "<link rel=\"stylesheet\" href=\"" + h + "/style.css\">"
                + "<link rel=\"prefetch\" href=\"" + h + "/prefetch\">"
                + "<link rel=\"preconnect\" href=\"" + h + "\">"
                + "<link rel=\"dns-prefetch\" href=\"//" + HOST + "\">"
                + "<link rel=\"icon\" href=\"" + h + "/favicon.ico\">"
                + "<script src=\"" + h + "/script.js\"></script>"
                + "<style>@import url(" + h + "/import.css);"
                + "@font-face{font-family:X;src:url('" + h + "/font.woff2') format('woff2')}"
                + "body{background-image:url(\"" + h + "/bg.png\");font-family:X}</style>"
                + "</head><body background=\"" + h + "/body-bg.png\">"
                + "<p>Dear customer, your account is locked. Verify your password today at the link below.</p>"
                + "<img src=\"" + h + "/pixel.gif\" width=\"1\" height=\"1\" alt=\"\">"
                + "<img src=\"" + h + "/a.png\" srcset=\"" + h + "/a-2x.png 2x, " + h + "/a-3x.png 3x\" alt=\"logo\">"
                + "<picture><source srcset=\"" + h + "/b.webp\" type=\"image/webp\"><img src=\"" + h + "/b.jpg\" alt=\"\"></picture>"
                + "<div style=\"background:url(" + h + "/div-bg.png)\">Bank notice</div>"
                + "<table background=\"" + h + "/table-bg.png\"><tr><td>Account</td></tr></table>"
                + "<iframe src=\"" + h + "/frame.html\"></iframe>"
                + "<object data=\"" + h + "/object.swf\"></object><embed src=\"" + h + "/embed.swf\">"
                + "<video src=\"" + h + "/video.mp4\" poster=\"" + h + "/poster.png\"></video>"
                + "<audio src=\"" + h + "/audio.mp3\"></audio>"
                + "<svg><image href=\"" + h + "/svg.png\"/></svg>"
                + "<form action=\"" + h + "/form\"><input type=\"image\" src=\"" + h + "/button.png\"></form>"
                + "<p><a href=\"" + h + "/login\">Verify now</a></p>"
                + "</body></html>";
    }

    /** The same page as a message file, as a mail program saves it. */
    static String message() {
        return "From: Bank <security@bank-alerts.example>\r\nTo: you@example.com\r\nSubject: Account locked\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page() + "\r\n";
    }
}
