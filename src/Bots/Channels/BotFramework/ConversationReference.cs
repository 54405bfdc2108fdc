namespace Conversational.Bots.Channels.BotFramework;

/// <summary>
/// Where a person's replies go, kept from their latest activity: the Connector's serviceUrl, the conversation, the
/// bot's and the person's accounts, the activity replied to and its locale.
/// </summary>
public sealed record ConversationReference(
    string ServiceUrl, string ConversationId, string BotId, string? BotName, string UserId, string? ActivityId, string? Locale);
