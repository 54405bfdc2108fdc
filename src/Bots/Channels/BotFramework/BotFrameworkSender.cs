using Conversational.Bots.Conversations;

namespace Conversational.Bots.Channels.BotFramework;

/// <summary>
/// Sends the outbox of the "botframework-*" identities: each to the conversation of the identity's latest activity
/// (its <see cref="ConversationReference"/>), as a reply to that activity, through the <see cref="BotFrameworkConnector"/>.
/// An identity with no reference (never wrote, or too long ago) cannot be reached. A 403 on a person's own conversation
/// (Teams: they removed or blocked the app) drops the message and records that chat's opt-out (<see cref="ChatOptOuts"/>),
/// which their next "start" lifts.
/// </summary>
public sealed class BotFrameworkSender(
    IBotFrameworkState state, BotFrameworkRenderer renderer, BotFrameworkConnector connector, ChatOptOuts optOuts,
    IConfiguration configuration) : IChannelSender
{
    // Read from the configuration, not IOptions: the outbox asks for the channels when the app is built, and settings are
    // validated when it starts (ValidateOnStart), which then names what is wrong.
    public IReadOnlyCollection<string> Channels { get; } =
        [.. (configuration.GetSection(BotFrameworkOptions.Section).Get<BotFrameworkOptions>() ?? new BotFrameworkOptions())
            .ServedChannels.Where(BotFrameworkOptions.IsChannelId).Select(BotFrameworkOptions.ChannelOf)];

    public async Task<Delivery> SendAsync(ChannelIdentity recipient, OutboundReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(reply);
        if (await state.FindReferenceAsync(recipient.Key, cancellationToken).ConfigureAwait(false) is not { } reference)
        {
            return Delivery.Never("no Bot Framework conversation is known for this identity");
        }
        var channelId = recipient.Channel[BotFrameworkOptions.ChannelPrefix.Length..];
        var delivery = await connector.SendAsync(reference, renderer.Message(channelId, reference, reply), cancellationToken).ConfigureAwait(false);
        // A group's identity is its conversation, not a person: nobody's opt-out to record there.
        if (delivery == BotFrameworkConnector.Forbidden && string.Equals(reference.UserId, recipient.SenderId, StringComparison.Ordinal))
        {
            await optOuts.RecordAsync(recipient, cancellationToken).ConfigureAwait(false);
        }
        return delivery;
    }
}
