namespace Conversational.Bots.Conversations;

/// <summary>The <c>Conversations</c> settings: when a confirmation is asked and how long things are kept.</summary>
public sealed class ConversationSettings
{
    public const string Section = "Conversations";

    /// <summary>Replies of handled messages are kept this long, so a redelivery within it changes nothing.</summary>
    public static readonly TimeSpan DefaultDeduplicationPeriod = TimeSpan.FromDays(7);

    /// <summary>How long a message waits for the previous message of the same person to be handled.</summary>
    public static readonly TimeSpan LockWait = TimeSpan.FromSeconds(10);

    /// <summary>How long a person's lock lasts if its holder dies (Redis); far longer than a turn takes.</summary>
    public static readonly TimeSpan LockLease = TimeSpan.FromSeconds(30);

    /// <summary>Amounts above this many major units (50 EUR) are confirmed even for a known recipient.</summary>
    public int ConfirmAbove { get; set; } = 50;

    /// <summary>A confirmation not answered within this many minutes expires.</summary>
    public int ConfirmationMinutes { get; set; } = 10;

    /// <summary>Statement lines shown per page.</summary>
    public int HistoryPageSize { get; set; } = 5;

    /// <summary>A link code works for this many minutes.</summary>
    public int LinkCodeMinutes { get; set; } = 10;

    /// <summary>Wrong link codes that lock linking.</summary>
    public int LinkMaxFailures { get; set; } = 5;

    /// <summary>How long linking stays locked after too many wrong codes.</summary>
    public int LinkLockMinutes { get; set; } = 60;

    /// <summary>Most link codes sent to one phone number, handle or web name in an hour, whoever asks.</summary>
    public int LinkCodesPerHour { get; set; } = 5;
}
