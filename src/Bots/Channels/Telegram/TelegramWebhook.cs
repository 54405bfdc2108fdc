using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// <c>POST /webhooks/telegram</c>: the secret header compared in constant time (403 when wrong or missing, nothing
/// read), 413 over <see cref="TelegramOptions.MaxBodyBytes"/>, 400 for what is not an Update, then the update is
/// handled and answered 200, with the reply as a sendMessage in the body when it fits one (else queued). A store that cannot be reached answers 503, so
/// Telegram delivers the update again.
/// </summary>
public static partial class TelegramWebhook
{
    public const string Path = "/webhooks/telegram";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, IOptions<TelegramOptions> options, TelegramUpdates updates, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(TelegramWebhook).FullName!);
        var settings = options.Value;
        if (!SecretMatches(http.Request.Headers[SecretHeader].ToString(), settings.WebhookSecret))
        {
            LogForbidden(logger, http.Connection.RemoteIpAddress?.ToString());
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        if (http.Request.ContentLength > settings.MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        var ct = http.RequestAborted;
        using var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > settings.MaxBodyBytes)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }
            body.Write(buffer, 0, read);
        }
        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(body.GetBuffer().AsSpan(0, (int)body.Length), JsonBotAPI.Options);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        if (update is null || update.Id <= 0)
        {
            return Results.BadRequest();
        }
        SendMessageRequest? answer;
        try
        {
            answer = await updates.HandleWebhookAsync(update, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);   // a lock held too long: Telegram tries again
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, update.Id);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        // The reply given in the response: Telegram runs this sendMessage itself (channels.md §1.4).
        return answer is null ? Results.Ok() : Results.Text(JsonSerializer.Serialize(answer, JsonBotAPI.Options), "application/json");
    }

    /// <summary>Constant time: both sides are hashed first, so neither the content nor the length leaks.</summary>
    internal static bool SecretMatches(string? given, string? expected) =>
        !string.IsNullOrEmpty(given) && !string.IsNullOrEmpty(expected)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Telegram webhook request without the right secret header was refused (from {Remote})")]
    private static partial void LogForbidden(ILogger logger, string? remote);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram update {UpdateId} failed; Telegram will deliver it again")]
    private static partial void LogFailed(ILogger logger, Exception exception, int updateId);
}
