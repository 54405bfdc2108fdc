using Conversational.Bots.Commerce;
using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Directory;
using Conversational.Commands;
using Conversational.Wallet;

namespace Conversational.Bots.Conversations;

/// <summary>What a conversation turn works with: stores, the wallet, the parser's context, the settings, the clock,
/// commerce, and the channels this service runs (<see cref="ChannelsOn"/>: channel ids such as "telegram", "sms",
/// "web"; null when every channel counts as on, as in tests).</summary>
public sealed record ConversationServices(
    IConversationStore Store, IPartyDirectory Directory, WalletService Wallet, ParseContext ParseContext,
    ConversationSettings Settings, TimeProvider Time, CommerceServices Commerce, IReadOnlySet<string>? ChannelsOn = null)
{
    /// <summary>Whether messages queued for this channel will be delivered.</summary>
    public bool IsOn(string channel) => ChannelsOn?.Contains(channel) ?? true;
}
