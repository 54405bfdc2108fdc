using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Directory;

namespace Conversational.Bots.Channels.Twilio;

/// <summary>
/// The opt-out record of a phone number (<see cref="ChatOptOuts"/>): read by the webhook, and set when Twilio says the
/// number told its carrier STOP (error 21610).
/// </summary>
public sealed class TwilioOptOuts(IConversationStore store, IPartyDirectory directory, TimeProvider time)
    : ChatOptOuts(store, directory, time);
