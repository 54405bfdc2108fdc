using System.Text.RegularExpressions;

namespace Conversational.Bots.Channels.Telegram;

/// <summary>How updates reach the service.</summary>
public enum TelegramMode
{
    /// <summary>Telegram POSTs each update to <c>/webhooks/telegram</c>.</summary>
    Webhook,

    /// <summary>The service asks with getUpdates (long polling): for a laptop with no public URL.</summary>
    Polling,
}

/// <summary>
/// The <c>Telegram</c> section: the channel is on when <see cref="BotToken"/> is set. The token and the secret are never
/// logged.
/// </summary>
public sealed partial class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>The token from @BotFather ("123456:ABC..."); the channel is off without it.</summary>
    public string? BotToken { get; set; }

    /// <summary>What Telegram sends in <c>X-Telegram-Bot-Api-Secret-Token</c>: 1–256 of A-Z a-z 0-9 _ -. Required in webhook mode.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The public HTTPS URL of <c>/webhooks/telegram</c>: when set, the service calls setWebhook with it at start-up.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>The Bot API server (a local Bot API server, or a fake one in tests).</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    public TelegramMode Mode { get; set; } = TelegramMode.Webhook;

    /// <summary>The bot's username, for "/cmd@Bot" in groups; asked with getMe at start-up when not set.</summary>
    public string? BotUsername { get; set; }

    /// <summary>
    /// In webhook mode, a turn whose answer is one plain message (no buttons, at most 4096 characters) to a private chat
    /// is given in the webhook response (Telegram runs the sendMessage itself: no extra request, no queue, but no
    /// delivery report either); every other reply goes through the outbox, which retries and respects the limits.
    /// </summary>
    public bool ReplyInWebhookResponse { get; set; } = true;

    /// <summary>The largest webhook body read (larger: 413).</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>The bot's id: the digits before the ':' of the token (not a secret; it names the bot in keys).</summary>
    public string BotId => BotToken is { } token && token.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon ? token[..colon] : "";

    /// <summary>What is wrong with the settings, or null.</summary>
    public string? Problem()
    {
        if (!Enabled)
        {
            return null;
        }
        if (!TokenShape().IsMatch(BotToken!))
        {
            return "Telegram:BotToken must look like <digits>:<letters> (the token from @BotFather).";
        }
        if (Mode == TelegramMode.Webhook && (WebhookSecret is null || !SecretShape().IsMatch(WebhookSecret)))
        {
            return "Telegram:WebhookSecret is required in webhook mode: 1 to 256 characters of A-Z a-z 0-9 _ -.";
        }
        if (WebhookSecret is { Length: > 0 } && !SecretShape().IsMatch(WebhookSecret))
        {
            return "Telegram:WebhookSecret must be 1 to 256 characters of A-Z a-z 0-9 _ -.";
        }
        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
        {
            return "Telegram:ApiBaseUrl must be an http(s) URL.";
        }
        if (WebhookUrl is { Length: > 0 } && (!Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var hook) || hook.Scheme != "https"))
        {
            return "Telegram:WebhookUrl must be an https URL.";
        }
        if (MaxBodyBytes is < 1024 or > 64 * 1024 * 1024)
        {
            return "Telegram:MaxBodyBytes must be 1024 to 67108864.";
        }
        return null;
    }

    [GeneratedRegex("^[0-9]+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
