namespace Conversational.Bots.Conversations.Stores;

/// <summary>
/// A notice a turn caused ("Alice sent you €5.00"), queued in the same step as the turn's save: for each of the person's
/// identities that did not say STOP, written in the language their conversation last used (null: none yet).
/// </summary>
/// <param name="Person">The person told (their account id).</param>
/// <param name="Identities">Their channel identities, as the directory listed them.</param>
/// <param name="Write">The message in a language.</param>
public sealed record QueuedNotice(string Person, IReadOnlyList<ChannelIdentity> Identities, Func<string?, OutboundReply> Write);
