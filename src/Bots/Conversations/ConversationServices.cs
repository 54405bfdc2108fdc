using Conversational.Bots.Commerce;
using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Directory;
using Conversational.Commands;
using Conversational.Wallet;

namespace Conversational.Bots.Conversations;

/// <summary>What a conversation turn works with: stores, the wallet, the parser's context, the settings, the clock and
/// commerce.</summary>
public sealed record ConversationServices(
    IConversationStore Store, IPartyDirectory Directory, WalletService Wallet, ParseContext ParseContext,
    ConversationSettings Settings, TimeProvider Time, CommerceServices Commerce);
