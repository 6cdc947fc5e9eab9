package io.scamcheck.detect;

/**
 * generic-greeting: a greeting that does not use your name ("Dear Customer", "Dear Beneficiary", "Hello
 * user@example.com"). A weak sign: your bank and the shops you use know your name; mass scams do not. Many
 * honest newsletters greet this way too, so it only ever adds to stronger signs.
 */
public final class GenericGreetingDetector extends PhraseDetector {
    public GenericGreetingDetector() {
        super(Kind.GENERIC_GREETING, "greetings");
    }

    @Override
    public String name() {
        return "generic-greeting";
    }
}
