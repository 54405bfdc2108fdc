using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conversational.Bots.Channels.BotFramework;

/// <summary>The Bot Framework's JSON: camelCase, tolerant of fields it does not know, nulls left out when writing.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BotFrameworkActivity))]
[JsonSerializable(typeof(BotFrameworkReply))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(ConversationReference))]
internal sealed partial class BotFrameworkJson : JsonSerializerContext;
