using System.Text.RegularExpressions;

namespace Conversational.Bots.Channels.BotFramework;

/// <summary>
/// The <c>BotFramework</c> section (Teams, Web Chat, Direct Line... through Azure Bot Service). The channel is on when
/// <see cref="AppId"/> is set, or when <see cref="Enabled"/> is true. Without an AppId it runs anonymous (no token checked,
/// none sent: the Bot Framework Emulator on one's own machine), which only the Development environment allows. The
/// password is never logged.
/// </summary>
public sealed partial class BotFrameworkOptions
{
    public const string Section = "BotFramework";

    /// <summary>Turns the channel on without an AppId: anonymous mode, for the Emulator, Development only.</summary>
    public bool Enabled { get; set; }

    /// <summary>The bot's Microsoft App ID: the audience of inbound tokens and the client id of outbound ones.</summary>
    public string? AppId { get; set; }

    /// <summary>The App ID's client secret, for the outbound token; required with an AppId.</summary>
    public string? AppPassword { get; set; }

    /// <summary>The Bot Connector's OpenID metadata, whose JWKS signs inbound tokens.</summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The issuer of inbound tokens.</summary>
    public string Issuer { get; set; } = "https://api.botframework.com";

    /// <summary>Where the outbound token is asked for (client credentials); the tenant is botframework.com for a multi-tenant bot.</summary>
    public string TokenEndpoint { get; set; } = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";

    /// <summary>The scope of the outbound token.</summary>
    public string Scope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>
    /// The hosts of the serviceUrls replies may go to: "smba.trafficmanager.net" exactly, or "*.botframework.com" for any
    /// subdomain. An activity naming another host is refused and nothing is ever sent there (with the token or not).
    /// </summary>
    public List<string> TrustedServiceHosts { get; set; } = [];

    /// <summary>The Bot Framework channel ids served ("msteams", "webchat"...); each is a channel of its own here ("botframework-msteams").</summary>
    public List<string> Channels { get; set; } = [];

    /// <summary>Channels without suggested actions, whose choices become the buttons of a hero card.</summary>
    public List<string> HeroCardChannels { get; set; } = [];

    /// <summary>The largest activity read (larger: 413).</summary>
    public long MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How long the metadata and keys are kept before they are fetched again (an unknown key id asks sooner).</summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The hosts replies may go to: <see cref="TrustedServiceHosts"/>, or Azure Bot Service's when none is set.</summary>
    public IReadOnlyList<string> TrustedHosts => TrustedServiceHosts.Count > 0 ? TrustedServiceHosts : DefaultTrustedHosts;

    /// <summary>The channel ids served: <see cref="Channels"/>, or the common ones when none is set.</summary>
    public IReadOnlyList<string> ServedChannels => Channels.Count > 0 ? Channels : DefaultChannels;

    /// <summary>The channels given hero cards: <see cref="HeroCardChannels"/>, or msteams when none is set.</summary>
    public IReadOnlyList<string> CardChannels => HeroCardChannels.Count > 0 ? HeroCardChannels : ["msteams"];

    private static readonly string[] DefaultTrustedHosts = ["smba.trafficmanager.net", "*.botframework.com"];

    private static readonly string[] DefaultChannels = ["msteams", "webchat", "directline", "emulator"];

    /// <summary>Whether the channel is on (an AppId, or <see cref="Enabled"/>).</summary>
    public bool IsOn => Enabled || !string.IsNullOrWhiteSpace(AppId);

    /// <summary>No AppId: inbound requests are not authenticated and replies carry no token.</summary>
    public bool Anonymous => string.IsNullOrWhiteSpace(AppId);

    /// <summary>The channel id of this service for a Bot Framework channel id: "botframework-msteams".</summary>
    public static string ChannelOf(string botFrameworkChannelId) => ChannelPrefix + botFrameworkChannelId;

    public const string ChannelPrefix = "botframework-";

    /// <summary>Whether a Bot Framework channel id may name a channel here: lowercase letters, digits, '.', '_' and '-'.</summary>
    public static bool IsChannelId(string? value) => value is not null && ChannelIdShape().IsMatch(value);

    /// <summary>What is wrong with the settings, or null.</summary>
    /// <param name="development">Whether the service runs in the Development environment (anonymous mode needs it).</param>
    public string? Problem(bool development)
    {
        if (!IsOn)
        {
            return null;
        }
        if (Anonymous && !development)
        {
            return "BotFramework:AppId is required outside Development: without it the channel would accept anyone's activities. "
                + "Set BotFramework:AppId and BotFramework:AppPassword, or turn BotFramework:Enabled off.";
        }
        if (!Anonymous && string.IsNullOrWhiteSpace(AppPassword))
        {
            return "BotFramework:AppPassword is required when BotFramework:AppId is set (replies need a token).";
        }
        if (!IsSafeUrl(OpenIdMetadataUrl))
        {
            return "BotFramework:OpenIdMetadataUrl must be an https URL (http only on loopback).";
        }
        if (!IsSafeUrl(TokenEndpoint))
        {
            return "BotFramework:TokenEndpoint must be an https URL (http only on loopback).";
        }
        if (string.IsNullOrWhiteSpace(Issuer) || string.IsNullOrWhiteSpace(Scope))
        {
            return "BotFramework:Issuer and BotFramework:Scope must not be empty.";
        }
        if (ServedChannels.Any(c => !IsChannelId(c)))
        {
            return "BotFramework:Channels must list the channel ids served (msteams, webchat...): lowercase letters, digits, '.', '_', '-'.";
        }
        if (TrustedHosts.Any(h => !HostPatternShape().IsMatch(h)))
        {
            return "BotFramework:TrustedServiceHosts must be host names (smba.trafficmanager.net) or *.suffix patterns (*.botframework.com).";
        }
        if (MaxBodyBytes is < 1024 or > 16 * 1024 * 1024)
        {
            return "BotFramework:MaxBodyBytes must be 1024 to 16777216.";
        }
        if (MetadataRefreshInterval < TimeSpan.FromMinutes(5))
        {
            return "BotFramework:MetadataRefreshInterval must be at least 5 minutes.";
        }
        return null;
    }

    /// <summary>https, or http to a loopback address (a local Emulator, or a fake in tests).</summary>
    internal static bool IsSafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    [GeneratedRegex("^[a-z0-9._-]{1,40}$")]
    private static partial Regex ChannelIdShape();

    [GeneratedRegex(@"^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$")]
    private static partial Regex HostPatternShape();
}
