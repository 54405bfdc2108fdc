using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conversational.Bots.Conversations.Stores;

/// <summary>How conversations and replies are written in the stores (enums by name, so stored data stays readable).</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationData))]
[JsonSerializable(typeof(OutboundReply))]
[JsonSerializable(typeof(List<OutboundReply>))]
internal sealed partial class ConversationJson : JsonSerializerContext
{
    public static string Write(ConversationData data) => JsonSerializer.Serialize(data, Default.ConversationData);

    public static ConversationData ReadData(string json) =>
        JsonSerializer.Deserialize(json, Default.ConversationData) ?? new ConversationData();

    public static string Write(IReadOnlyList<OutboundReply> replies) => JsonSerializer.Serialize([.. replies], Default.ListOutboundReply);

    public static IReadOnlyList<OutboundReply> ReadReplies(string json) => JsonSerializer.Deserialize(json, Default.ListOutboundReply) ?? [];

    public static string Write(OutboundReply reply) => JsonSerializer.Serialize(reply, Default.OutboundReply);

    public static OutboundReply ReadReply(string json) => JsonSerializer.Deserialize(json, Default.OutboundReply)!;
}
