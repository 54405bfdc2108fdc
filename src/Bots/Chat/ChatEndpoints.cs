using System.Text.Json;
using System.Text.RegularExpressions;
using Conversational.Bots.Conversations;
using Microsoft.AspNetCore.Http.Features;

namespace Conversational.Bots.Chat;

/// <summary>
/// The local web chat's API: <c>POST /api/chat/messages</c> hands a message to the conversation engine and answers
/// its replies; <c>GET /api/chat/outbox?from=alice</c> gives what the service said since on its own. The person is
/// whoever the page says they are: this channel is for trying the service locally, not for the internet.
/// </summary>
internal static partial class ChatEndpoints
{
    /// <summary>A chat message is small; anything above this is refused with 413 before it is read.</summary>
    public const long MaxBodyBytes = 16 * 1024;

    private const int MaxMessageIdLength = 100;

    public static IEndpointRouteBuilder MapChat(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/chat/messages", PostMessageAsync);
        app.MapGet("/api/chat/outbox", GetOutboxAsync);
        return app;
    }

    private static async Task<IResult> PostMessageAsync(HttpContext http, ConversationEngine engine, TimeProvider time)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, "The message is too large.");
        }
        ChatMessageRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync(http.Request.Body, ChatJson.Default.ChatMessageRequest, http.RequestAborted)
                .ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return Error(StatusCodes.Status400BadRequest, "The body must be JSON like {\"from\":\"alice\",\"text\":\"#balance\"}.");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, "The message is too large.");
        }
        if (request is null)
        {
            return Error(StatusCodes.Status400BadRequest, "The body is empty.");
        }
        if (Validate(request) is { } problem)
        {
            return Error(StatusCodes.Status400BadRequest, problem);
        }
        var message = new InboundMessage(
            new ChannelIdentity(ChannelIdentity.WebChannel, request.From!.ToLowerInvariant()),
            request.MessageId ?? Guid.NewGuid().ToString("N"),
            request.Choice is null ? request.Text : null,
            request.Choice,
            request.Language,
            time.GetUtcNow(),
            DisplayName: request.From);
        var replies = await engine.HandleAsync(message, http.RequestAborted).ConfigureAwait(false);
        return Results.Json(new ChatRepliesResponse(replies), ChatJson.Readable.ChatRepliesResponse);
    }

    private static async Task<IResult> GetOutboxAsync(string? from, ConversationEngine engine, CancellationToken cancellationToken)
    {
        if (!IsValidName(from))
        {
            return Error(StatusCodes.Status400BadRequest, "Say who you are: ?from=alice (2 to 32 letters, digits or _).");
        }
        var identity = new ChannelIdentity(ChannelIdentity.WebChannel, from.ToLowerInvariant());
        var replies = await engine.Services.Store.DequeueAllAsync(identity, cancellationToken).ConfigureAwait(false);
        return Results.Json(new ChatRepliesResponse(replies), ChatJson.Readable.ChatRepliesResponse);
    }

    private static string? Validate(ChatMessageRequest request)
    {
        if (!IsValidName(request.From))
        {
            return "\"from\" must be your name: 2 to 32 letters, digits or _.";
        }
        if ((request.Text is null) == (request.Choice is null))
        {
            return "Send either \"text\" or \"choice\".";
        }
        if (request.Choice is { Length: > 64 })
        {
            return "\"choice\" is too long.";
        }
        if (request.MessageId is { } id && (id.Length is 0 or > MaxMessageIdLength || id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))))
        {
            return $"\"messageId\" must be 1 to {MaxMessageIdLength} characters without spaces.";
        }
        return null;
    }

    private static IResult Error(int status, string error) =>
        Results.Json(new ChatError(error), ChatJson.Readable.ChatError, statusCode: status);

    /// <summary>A web chat name: 2 to 32 letters a-z, digits or _ (it becomes the person's handle).</summary>
    public static bool IsValidName([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? name) => name is not null && Name().IsMatch(name);

    [GeneratedRegex("^[A-Za-z0-9_]{2,32}$")]
    private static partial Regex Name();
}
