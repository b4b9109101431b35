namespace Functions.AlertBench;

/// <summary>
/// The storm: <see cref="Distinct"/> alarms, each delivered <see cref="Repeats"/> times, in one seeded shuffled
/// order, so both sides get the same sequence. Every tenth alarm is critical.
/// </summary>
/// <param name="Distinct">Distinct alarms (distinct policy ids).</param>
/// <param name="Repeats">Deliveries of each.</param>
/// <param name="Order">Which alarm each request carries, in firing order.</param>
internal sealed record Storm(int Distinct, int Repeats, IReadOnlyList<int> Order)
{
    public int Requests => Order.Count;

    public int Critical => Enumerable.Range(0, Distinct).Count(IsCritical);

    public static Storm Create(int distinct, int repeats, int seed)
    {
        var order = Enumerable.Range(0, distinct * repeats).Select(i => i % distinct).ToArray();
        new Random(seed).Shuffle(order);
        return new Storm(distinct, repeats, order);
    }

    public static bool IsCritical(int alarm) => alarm % 10 == 0;

    public static string PolicyId(int alarm) => $"policy-{alarm:D5}";
}
