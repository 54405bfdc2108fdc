using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// The Bot API client, pointed at <see cref="TelegramOptions.ApiBaseUrl"/>, and what the service knows of its bot: its
/// id (from the token) and username (from the settings, or getMe at start-up). 429 answers are not waited for inside
/// the client (RetryThreshold 0): the outbox waits, so a slow chat never holds a request.
/// </summary>
public sealed class TelegramBot : IDisposable
{
    private readonly HttpClient _http = new();
    private readonly IOptions<TelegramOptions> _options;
    private readonly Lazy<ITelegramBotClient> _client;
    private volatile string? _username;

    /// <summary>Reads the settings at first use, so that wrong ones fail the start (ValidateOnStart) rather than the build of the app.</summary>
    public TelegramBot(IOptions<TelegramOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _client = new Lazy<ITelegramBotClient>(() => new TelegramBotClient(
            new TelegramBotClientOptions(options.Value.BotToken!, options.Value.ApiBaseUrl) { RetryThreshold = 0 }, _http));
    }

    public ITelegramBotClient Client => _client.Value;

    /// <summary>The bot's id: names the bot in deduplication keys.</summary>
    public string Id => _options.Value.BotId;

    /// <summary>The bot's username without the @, once known (the settings, else getMe at start-up).</summary>
    public string? Username
    {
        get => _username ??= string.IsNullOrWhiteSpace(_options.Value.BotUsername) ? null : _options.Value.BotUsername.Trim().TrimStart('@');
        set => _username = value;
    }

    /// <summary>An error for the log, without its message (a request's URL holds the token).</summary>
    public static string Describe(Exception exception) =>
        exception is ApiRequestException api ? $"Telegram error {api.ErrorCode}" : exception?.GetType().Name ?? "unknown";

    public void Dispose() => _http.Dispose();
}
