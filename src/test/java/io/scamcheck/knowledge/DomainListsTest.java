package io.scamcheck.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DomainListsTest {
    private final DomainLists lists = Knowledge.standard().domainLists();

    @Test
    void freeWebmailCoversEveryEndingOfAListedName() {
        assertThat(lists.isFreeWebmail("gmail.com")).isTrue();
        assertThat(lists.isFreeWebmail("hotmail.co.uk")).isTrue();
        assertThat(lists.isFreeWebmail("yahoo.fr")).isTrue();
        assertThat(lists.isFreeWebmail("gmx.de")).isTrue();
        assertThat(lists.isFreeWebmail("web.de")).isTrue();
        assertThat(lists.isFreeWebmail("mail.ru")).isTrue();
        assertThat(lists.isFreeWebmail("proton.me")).isTrue();
        assertThat(lists.isFreeWebmail("icloud.com")).isTrue();
    }

    @Test
    void companyDomainsAreNotWebmail() {
        assertThat(lists.isFreeWebmail("microsoft.com")).isFalse();
        assertThat(lists.isFreeWebmail("r-project.org")).isFalse();
        assertThat(lists.isFreeWebmail("gmail.example.com")).isFalse();
        assertThat(lists.isFreeWebmail("")).isFalse();
    }

    @Test
    void shortenersAndTrackersMatchTheirSubdomains() {
        assertThat(lists.isShortener("bit.ly")).isTrue();
        assertThat(lists.isShortener("www.tinyurl.com")).isTrue();
        assertThat(lists.isShortener("example.com")).isFalse();
        assertThat(lists.isClickTracker("ct.sendgrid.net")).isTrue();
        assertThat(lists.isClickTracker("nam12.safelinks.protection.outlook.com")).isTrue();
        assertThat(lists.isClickTracker("outlook.com")).isFalse();
        assertThat(lists.freeHostingService("phish-page.storage.googleapis.com")).contains("storage.googleapis.com");
        assertThat(lists.freeHostingService("my-bucket.s3.us-east-1.amazonaws.com")).contains("amazonaws.com");
        assertThat(lists.isFreeHosting("sns.us-west-2.amazonaws.com")).isFalse();
        assertThat(lists.isFreeHosting("www.example.com")).isFalse();
        assertThat(lists.webmailCount()).isGreaterThan(50);
        assertThat(lists.shortenerCount()).isGreaterThan(20);
    }
}
