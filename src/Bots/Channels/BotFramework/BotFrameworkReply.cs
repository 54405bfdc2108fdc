namespace Conversational.Bots.Channels.BotFramework;

/// <summary>An Activity the service sends to the Connector (a message or a typing indicator).</summary>
public sealed record BotFrameworkReply
{
    public required string Type { get; init; }

    public required ChannelAccount From { get; init; }

    public required ChannelAccount Recipient { get; init; }

    public required ConversationAccount Conversation { get; init; }

    public string? ReplyToId { get; init; }

    public string? Locale { get; init; }

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    public string? InputHint { get; init; }

    public SuggestedActions? SuggestedActions { get; init; }

    public IReadOnlyList<CardAttachment>? Attachments { get; init; }
}

/// <summary>Buttons shown under a message until the person answers (Web Chat, Direct Line, the Emulator).</summary>
public sealed record SuggestedActions(IReadOnlyList<string> To, IReadOnlyList<CardAction> Actions);

/// <summary>
/// A button. messageBack: the channel shows <see cref="DisplayText"/> as the person's message and sends
/// <see cref="Text"/> and <see cref="Value"/> back to the bot.
/// </summary>
public sealed record CardAction(string Type, string Title, string? Text, string? DisplayText, ChoiceValue? Value);

/// <summary>What a pressed button carries back: the choice's value.</summary>
public sealed record ChoiceValue(string Choice);

/// <summary>A hero card, for channels without suggested actions (msteams).</summary>
public sealed record CardAttachment(string ContentType, HeroCard Content)
{
    public const string HeroCardType = "application/vnd.microsoft.card.hero";
}

public sealed record HeroCard(IReadOnlyList<CardAction> Buttons, string? Text = null);

/// <summary>What the token endpoint answers (client credentials).</summary>
public sealed record TokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string? AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] long? ExpiresIn);
