using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.Json.Serialization;
using Conversational.Bots.Conversations;

namespace Conversational.Bots.Chat;

/// <summary>A message from the local web chat: <c>{"from":"alice","text":"#send 5EUR @bob","messageId":"..."}</c> or with <c>choice</c>.</summary>
public sealed record ChatMessageRequest(string? From, string? Text, string? Choice, string? MessageId, string? Language);

/// <summary><c>{"replies":[{"text":"...","choices":[{"label":"...","value":"..."}]}]}</c></summary>
public sealed record ChatRepliesResponse(IReadOnlyList<OutboundReply> Replies);

/// <summary><c>{"error":"..."}</c> for a request the chat refuses.</summary>
public sealed record ChatError(string Error);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ChatMessageRequest))]
[JsonSerializable(typeof(ChatRepliesResponse))]
[JsonSerializable(typeof(ChatError))]
internal sealed partial class ChatJson : JsonSerializerContext
{
    /// <summary>Writes "€" and Arabic as they are rather than as \u escapes (HTML-sensitive characters stay escaped).</summary>
    public static ChatJson Readable { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });
}
