namespace Conversational.Bots.Channels.Twilio;

/// <summary>
/// The Twilio channel's settings (section <c>Twilio</c>). The channel is on when <see cref="AccountSid"/> or
/// <see cref="AuthToken"/> is set, and then both must be (checked at start). Not a record: the auth token must never
/// appear in a log through a generated <c>ToString</c>.
/// </summary>
public sealed class TwilioOptions
{
    public const string Section = "Twilio";

    public const int DefaultMaxBodyBytes = 64 * 1024;

    /// <summary>The account (AC…): user name of the REST API's Basic auth.</summary>
    public string AccountSid { get; set; } = "";

    /// <summary>The primary auth token: signs the webhooks and is the REST API's password. Never logged.</summary>
    public string AuthToken { get; set; } = "";

    /// <summary>The public URL Twilio calls (https://bots.example.com), with any path prefix a proxy strips: the webhooks'
    /// signatures cover it, so it must be exactly what is configured in Twilio (a default port may be there or not).</summary>
    public string WebhookBaseUrl { get; set; } = "";

    /// <summary>The REST API (a local fake in tests).</summary>
    public string ApiBaseUrl { get; set; } = "https://api.twilio.com";

    /// <summary>The number (E.164) or Messaging Service (MG…) SMS are sent from.</summary>
    public string MessagingFrom { get; set; } = "";

    /// <summary>The WhatsApp sender number (E.164, with or without "whatsapp:").</summary>
    public string WhatsAppFrom { get; set; } = "";

    /// <summary>The name of the messaging program, said in the answer to HELP after an opt-out (carriers require it).</summary>
    public string ProgramName { get; set; } = "Conversational";

    /// <summary>Where people get help (an e-mail address, a web page, a phone number), said in that answer when set.</summary>
    public string SupportContact { get; set; } = "";

    /// <summary>The largest webhook body read (413 above).</summary>
    public int MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>True when the channel is configured at all.</summary>
    public static bool IsOn(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        return !string.IsNullOrEmpty(section[nameof(AccountSid)]) || !string.IsNullOrEmpty(section[nameof(AuthToken)]);
    }

    internal static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
