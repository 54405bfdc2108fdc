using System.Text.Json.Serialization;
using Conversational.Commands;

namespace Conversational.Bots.Conversations;

/// <summary>
/// A link asked and waiting for its code. The code itself is never kept: only an HMAC-SHA256 of it under a random salt,
/// compared in constant time. After too many wrong codes the attempt stays, locked, until <see cref="LockedUntil"/>.
/// </summary>
/// <param name="Kind">How the target was named (phone, handle, Telegram, web chat).</param>
/// <param name="Value">The target's value (E.164, handle, username, web name).</param>
/// <param name="SentTo">The identity keys the code was sent to; they are the ones linked.</param>
/// <param name="Owner">The account those identities belonged to when the code was sent, or null for nobody.</param>
/// <param name="AskedBy">The identity key the link was asked from: the code is typed there only.</param>
/// <param name="Salt">Random bytes (base64) the code is hashed with.</param>
/// <param name="CodeHash">HMAC-SHA256 (base64) of the code's digits under the salt.</param>
/// <param name="ExpiresAt">When the code stops working.</param>
/// <param name="Failures">Wrong codes typed for this target within the expiry (kept when a new code is asked).</param>
/// <param name="LockedUntil">Set after too many wrong codes: no code is checked and none is sent until then.</param>
public sealed record LinkAttempt(
    LinkTargetKind Kind, string? Value, IReadOnlyList<string> SentTo, string? Owner, string AskedBy, string Salt, string CodeHash,
    DateTimeOffset ExpiresAt, int Failures = 0, DateTimeOffset? LockedUntil = null)
{
    [JsonIgnore]
    public LinkTarget Target => new(Kind, Value);
}
