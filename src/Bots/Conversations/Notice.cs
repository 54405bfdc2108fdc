namespace Conversational.Bots.Conversations;

/// <summary>A message for another person, sent once the turn that caused it is saved ("Alice sent you €5.00").</summary>
/// <param name="Person">The account of the person to tell.</param>
/// <param name="Write">Writes the message in that person's language.</param>
public sealed record Notice(Wallet.AccountId Person, Func<Texts.ReplyTexts, string> Write);
