using System.Text.Json.Nodes;

namespace Conversational.Bots.Tests.Channels.BotFramework;

/// <summary>The activities of /work/shared/fixtures/botframework, verbatim, and variations made from them.</summary>
internal static class ActivityFixtures
{
    public const string MessageJson = """{"type":"message","id":"f3a9c2d1-0b7e-4a55-9d1e-2c8b7a6e5f40","timestamp":"2026-11-23T08:00:00.000Z","localTimestamp":"2026-11-23T09:00:00.000+01:00","localTimezone":"Europe/Paris","serviceUrl":"https://smba.trafficmanager.net/emea/","channelId":"msteams","from":{"id":"29:1AbCdEfGhIjKlMnOpQrStUvWxYz","name":"Amélie Laurent","aadObjectId":"00000000-0000-0000-0000-000000000001"},"conversation":{"conversationType":"personal","tenantId":"00000000-0000-0000-0000-0000000000aa","id":"a:1XyZ-conversation-id"},"recipient":{"id":"28:00000000-0000-0000-0000-0000000000bb","name":"Conversational"},"textFormat":"plain","locale":"fr-FR","text":"#envoyer 20€ @lea","entities":[{"type":"clientInfo","locale":"fr-FR","country":"FR","platform":"Web","timezone":"Europe/Paris"}],"channelData":{"tenant":{"id":"00000000-0000-0000-0000-0000000000aa"}}}""";

    public const string ConversationUpdateJson = """{"type":"conversationUpdate","id":"1c2d3e4f-aaaa-bbbb-cccc-0123456789ab","timestamp":"2026-11-23T08:00:00.000Z","serviceUrl":"https://webchat.botframework.com/","channelId":"webchat","from":{"id":"dl_user_123"},"conversation":{"id":"Dl0Ag3ConvId-eu"},"recipient":{"id":"conversational-bot@abc","name":"Conversational"},"membersAdded":[{"id":"conversational-bot@abc","name":"Conversational"},{"id":"dl_user_123"}]}""";

    /// <summary>The Teams user of <see cref="Message"/>, and its conversation.</summary>
    public const string TeamsUser = "29:1AbCdEfGhIjKlMnOpQrStUvWxYz";
    public const string TeamsConversation = "a:1XyZ-conversation-id";
    public const string TeamsBot = "28:00000000-0000-0000-0000-0000000000bb";

    /// <summary>The fixture message sent to <paramref name="serviceUrl"/>, with an id and a text, and other changes.</summary>
    public static JsonObject Message(string serviceUrl, string id, string? text, Action<JsonObject>? change = null)
    {
        var activity = JsonNode.Parse(MessageJson)!.AsObject();
        activity["serviceUrl"] = serviceUrl;
        activity["id"] = id;
        activity["text"] = text;
        change?.Invoke(activity);
        return activity;
    }

    /// <summary>A press of a messageBack button: its label as text, its choice in the value.</summary>
    public static JsonObject Press(string serviceUrl, string id, JsonNode button, Action<JsonObject>? change = null) =>
        Message(serviceUrl, id, (string?)button["text"], a =>
        {
            a["value"] = button["value"]!.DeepClone();
            change?.Invoke(a);
        });
}
