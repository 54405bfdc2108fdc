using Conversational.Bots.Conversations;
using Conversational.Wallet;

namespace Conversational.Bots.Commerce.Advisors;

/// <summary>
/// A conversation handed to a merchant's human advisors: while it is open, the person's messages are added to it and
/// an advisor's replies go back through <see cref="Channel"/>.
/// </summary>
/// <param name="Id">"case-…", derived from the message that opened it.</param>
/// <param name="Merchant">The merchant whose advisors answer (the handle), or the operator's desk for disputes.</param>
/// <param name="Person">The person's account.</param>
/// <param name="Channel">Where the person wrote from; replies go there.</param>
/// <param name="Language">The person's language.</param>
/// <param name="Kind">A question or a dispute.</param>
/// <param name="Messages">Oldest first.</param>
/// <param name="OpenedAt">When it was opened.</param>
/// <param name="ClosedAt">When an advisor or the person closed it; null while open.</param>
public sealed record AdvisorCase(
    string Id,
    string Merchant,
    AccountId Person,
    ChannelIdentity Channel,
    string Language,
    AdvisorCaseKind Kind,
    IReadOnlyList<AdvisorMessage> Messages,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt)
{
    public bool IsOpen => ClosedAt is null;
}
