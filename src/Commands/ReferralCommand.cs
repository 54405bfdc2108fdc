namespace Conversational.Commands;

/// <summary>"#referral", "#parrain R7K3QX", "إحالة": the person's own referral code, or a friend's code to use
/// (4 to 12 letters or digits, upper case, digits written 0-9).</summary>
public sealed record ReferralCommand(Language Language, string? Code = null) : Command(Language)
{
    public override CommandKind Kind => CommandKind.Referral;
}
