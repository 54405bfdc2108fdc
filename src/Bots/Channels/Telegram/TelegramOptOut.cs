using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Directory;

namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// A Telegram user blocked the bot (a my_chat_member update with "kicked", or a 403 on sending): that chat is recorded
/// as opted out (<see cref="ChatOptOuts"/>). Their next /start lifts it (the engine's StartCommand).
/// </summary>
public sealed class TelegramOptOut(IConversationStore store, IPartyDirectory directory, TimeProvider time)
    : ChatOptOuts(store, directory, time);
