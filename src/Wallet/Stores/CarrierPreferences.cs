namespace Conversational.Wallet;

/// <summary>The checks on a person's carrier-billing choices, shared by the stores.</summary>
public static class CarrierPreferences
{
    /// <summary>Throws when the phone number is not E.164 or the cap is not between zero and the default cap.</summary>
    public static void Check(string phoneNumber, Money? monthlyCap, CarrierBillingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (!MovementValidator.IsE164(phoneNumber))
        {
            throw new ArgumentException("Not an E.164 phone number.", nameof(phoneNumber));
        }
        if (monthlyCap is { } cap && (cap.Currency != policy.Currency || cap.Minor < 0 || cap.Minor > policy.DefaultMonthlyCap.Minor))
        {
            throw new ArgumentOutOfRangeException(nameof(monthlyCap), cap,
                $"A phone's monthly cap is between 0 and the default cap of {policy.DefaultMonthlyCap}; a person may only lower it.");
        }
    }
}
