namespace Conversational.Bots.Conversations;

/// <summary>A message for another person, sent once the turn that caused it is saved ("Alice sent you €5.00").</summary>
/// <param name="Person">The account of the person to tell.</param>
/// <param name="Write">Writes the message in that person's language.</param>
/// <param name="Channel">The one chat of theirs to tell (an order's), or null for every chat of theirs.</param>
public sealed record Notice(Wallet.AccountId Person, Func<Texts.ReplyTexts, string> Write, ChannelIdentity? Channel = null);
