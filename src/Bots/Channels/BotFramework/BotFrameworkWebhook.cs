using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Conversational.Bots.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>, the messaging endpoint (channels.md §3.2): 413 over <see cref="BotFrameworkOptions.MaxBodyBytes"/>;
/// 401 for a missing or invalid token, before the body is read (503 when the keys cannot be fetched); 400 for what is not
/// an Activity; 401 when the token does not fit the activity (endorsement, serviceurl claim); 403 when the serviceUrl's
/// host is not trusted; then the activity is handled (replies are queued, not sent here) and answered 200. Activities of
/// channels not served are answered 200 and ignored. A failure inside answers 503, so the Connector delivers it again.
/// </summary>
public static partial class BotFrameworkWebhook
{
    public const string Path = "/api/messages";
    private const int MaxPersonId = 128;
    private const int MaxId = 1024;

    public static IEndpointRouteBuilder MapBotFrameworkWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync).ExcludeFromDescription().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, IOptions<BotFrameworkOptions> options, ConnectorTokenValidator validator, TrustedServiceUrls trusted,
        BotFrameworkActivities activities, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(BotFrameworkWebhook).FullName!);
        var settings = options.Value;
        var ct = http.RequestAborted;
        if (http.Request.ContentLength > settings.MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        var authentication = await validator.ValidateAsync(http.Request.Headers.Authorization.ToString(), ct).ConfigureAwait(false);
        switch (authentication)
        {
            case ConnectorAuthentication.Refused refused:
                LogUnauthorized(logger, refused.Reason, http.Connection.RemoteIpAddress?.ToString());
                return Unauthorized(http);
            case ConnectorAuthentication.Unavailable unavailable:
                LogKeysUnavailable(logger, unavailable.Reason);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            default:
                break;
        }
        var (body, tooLarge) = await ReadAsync(http, settings.MaxBodyBytes, ct).ConfigureAwait(false);
        if (tooLarge)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        BotFrameworkActivity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, BotFrameworkJson.Default.BotFrameworkActivity);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        if (activity is null || Malformed(activity))
        {
            return Results.BadRequest();
        }
        if (authentication.RefusalFor(activity) is { } refusal)
        {
            LogUnauthorized(logger, refusal, http.Connection.RemoteIpAddress?.ToString());
            return Unauthorized(http);
        }
        if (!settings.ServedChannels.Contains(activity.ChannelId!, StringComparer.Ordinal))
        {
            LogChannelNotServed(logger, activity.ChannelId!);
            return Results.Ok();
        }
        if (!trusted.IsTrusted(activity.ServiceUrl))
        {
            LogUntrusted(logger, Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) ? url.Host : "(not a URL)");
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        try
        {
            await activities.HandleAsync(activity, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);   // a lock held too long: the Connector tries again
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, activity.ChannelId!);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        return Results.Ok();
    }

    /// <summary>
    /// What every activity needs (a type, its channel and serviceUrl), and what a message, a conversationUpdate or an
    /// installationUpdate needs besides: an id, the conversation, the person and the bot. The person's id names them in keys and transfer ids: at
    /// most 128 printable characters, without spaces or '|'.
    /// </summary>
    internal static bool Malformed(BotFrameworkActivity activity)
    {
        if (string.IsNullOrEmpty(activity.Type) || !BotFrameworkOptions.IsChannelId(activity.ChannelId) || string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return true;
        }
        if (activity.Type is not ("message" or "conversationUpdate" or "installationUpdate"))
        {
            return false;
        }
        return !IsPersonId(activity.From?.Id) || !IsId(activity.Id) || !IsId(activity.Recipient?.Id) || !IsId(activity.Conversation?.Id);
    }

    private static bool IsPersonId(string? id) =>
        id is { Length: > 0 and <= MaxPersonId } && !id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '|');

    private static bool IsId(string? id) => id is { Length: > 0 and <= MaxId } && !id.Any(char.IsControl);

    private static IResult Unauthorized(HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.StatusCode(StatusCodes.Status401Unauthorized);
    }

    private static async Task<(byte[] Body, bool TooLarge)> ReadAsync(HttpContext http, long max, CancellationToken ct)
    {
        using var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > max)
            {
                return ([], true);
            }
            body.Write(buffer, 0, read);
        }
        return (body.ToArray(), false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Bot Framework request was refused (401): {Reason} (from {Remote})")]
    private static partial void LogUnauthorized(ILogger logger, string reason, string? remote);

    [LoggerMessage(Level = LogLevel.Error, Message = "The Bot Framework signing keys could not be had ({Reason}); answered 503")]
    private static partial void LogKeysUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Bot Framework activity of channel {ChannelId}, not in BotFramework:Channels, was ignored")]
    private static partial void LogChannelNotServed(ILogger logger, string channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Bot Framework activity names serviceUrl host {Host}, not in BotFramework:TrustedServiceHosts: refused (403)")]
    private static partial void LogUntrusted(ILogger logger, string host);

    [LoggerMessage(Level = LogLevel.Error, Message = "A Bot Framework activity of channel {ChannelId} failed; the Connector will deliver it again")]
    private static partial void LogFailed(ILogger logger, Exception exception, string channelId);
}
