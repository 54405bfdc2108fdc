namespace Conversational.Wallet;

/// <summary>The outcome of a movement: a receipt, a rejection, or unknown (the store did not answer).</summary>
public sealed record MovementResult
{
    private MovementResult(TransferId id, MovementStatus status, Receipt? receipt, Rejection? rejection, bool replayed)
    {
        Id = id;
        Status = status;
        Receipt = receipt;
        Rejection = rejection;
        Replayed = replayed;
    }

    public TransferId Id { get; }

    public MovementStatus Status { get; }

    public Receipt? Receipt { get; }

    public Rejection? Rejection { get; }

    /// <summary>True when this is the stored outcome of an earlier request with the same id.</summary>
    public bool Replayed { get; }

    public bool IsCompleted => Status == MovementStatus.Completed;

    public static MovementResult Completed(Receipt receipt) => new(receipt.Id, MovementStatus.Completed, receipt, null, false);

    public static MovementResult Rejected(TransferId id, Rejection rejection) => new(id, MovementStatus.Rejected, null, rejection, false);

    public static MovementResult Unknown(TransferId id) => new(id, MovementStatus.Unknown, null, null, false);

    public MovementResult AsReplay() => new(Id, Status, Receipt, Rejection, true);

    public override string ToString() => Status switch
    {
        MovementStatus.Completed => $"{Id}: {Receipt!.Kind} {Receipt.Amount} {Receipt.From} -> {Receipt.To} (fee {Receipt.Fee}){(Replayed ? " [replay]" : "")}",
        MovementStatus.Rejected => $"{Id}: rejected {Rejection!.Reason}{(Replayed ? " [replay]" : "")}",
        _ => $"{Id}: unknown",
    };
}
