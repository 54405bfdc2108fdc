using Conversational.Bots.Conversations;
using Microsoft.Extensions.Options;

namespace Conversational.Bots.Channels.BotFramework;

/// <summary>
/// An <see cref="OutboundReply"/> as a message activity addressed by a <see cref="ConversationReference"/>: plain text
/// (so a handle's '_' is not read as markdown), and the choices as messageBack buttons whose value carries the choice
/// (the label is what the person sees): suggested actions, or a hero card's buttons on
/// <see cref="BotFrameworkOptions.CardChannels"/> (msteams has no suggested actions).
/// </summary>
public sealed class BotFrameworkRenderer(IOptions<BotFrameworkOptions> options)
{
    public BotFrameworkReply Message(string channelId, ConversationReference reference, OutboundReply reply)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(reply);
        var message = Addressed("message", reference) with { Text = reply.Text, TextFormat = "plain" };
        if (reply.Choices.Count == 0)
        {
            return message with { InputHint = "acceptingInput" };
        }
        var buttons = reply.Choices.Select(c => new CardAction("messageBack", c.Label, c.Label, c.Label, new ChoiceValue(c.Value))).ToList();
        return options.Value.CardChannels.Contains(channelId, StringComparer.Ordinal)
            ? message with { InputHint = "expectingInput", Attachments = [new CardAttachment(CardAttachment.HeroCardType, new HeroCard(buttons))] }
            : message with { InputHint = "expectingInput", SuggestedActions = new SuggestedActions([reference.UserId], buttons) };
    }

    /// <summary>"The bot is typing", while a slow step runs.</summary>
    public static BotFrameworkReply Typing(ConversationReference reference) => Addressed("typing", reference);

    private static BotFrameworkReply Addressed(string type, ConversationReference reference) => new()
    {
        Type = type,
        From = new ChannelAccount(reference.BotId, reference.BotName),
        Recipient = new ChannelAccount(reference.UserId),
        Conversation = new ConversationAccount(reference.ConversationId),
        ReplyToId = reference.ActivityId,
        Locale = reference.Locale,
    };
}
