namespace Conversational.Commands;

/// <summary>What a message asks for; each kind has one command record.</summary>
public enum CommandKind
{
    Send,
    Donate,
    Buy,
    Balance,
    History,
    Help,
    Stop,
    Start,
    Confirm,
    Cancel,
    Question,
    Spending,
    More,
    Orders,
    ExportData,
    DeleteData,
    Dispute,
    Back,
    Referral,
    Advisor,
    Resume,
    Points,
    Link,
    Unlink,
    Handle,
    Language,
    Claim,
}
