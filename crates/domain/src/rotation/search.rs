//! The rotation planner's search: depth-first branch and bound over the vacant seats, with a
//! deadline. It proposes only slates that break no hard rule ([`super::Model::violation`]) and
//! scores them with the objective of [`super::Model::score`].
//!
//! The lower bound at a node adds to the cost of the seats already decided, for the seats still
//! open, a Lagrangian relaxation: in each group, an exact minimum-cost assignment of its open
//! seats to the nominees still allowed there (one State per group, at most one seat of a
//! staggered body, the group's affected Coordinator if it needs one), each seat costing its
//! vacancy, necessity and preference, a seat no nominee can take costing its vacancy at once;
//! what couples the groups (a State's second seat, the regional shares) is priced by
//! multipliers, improved by a few subgradient steps at each node and kept from node to node. At
//! a node near the root (not its children) the larger of that and a minimum-cost flow over all open seats
//! (which prices the coupling exactly, the affected Coordinators only in part) is taken; and the
//! later seats the decided seats already leave unfillable are added (that count only grows).
//! Seats are taken most constrained first and nominees cheapest first, so the first slate found
//! is already good.
//! Past the deadline the search stops and reports the smallest bound among the nodes it had not
//! finished, which no slate can beat. It must never allocate per node beyond small buffers, and
//! never read anything but its input and the clock.

use std::time::{Duration, Instant};

use super::horizon::Ahead;
use super::{LATER_UNFILLABLE, Model, NECESSITY, NO_AFFECTED, OVER_SHARE, TWO_SEATS, VACANCY};

/// What the search found.
pub(crate) struct Outcome {
    /// The best slates, best first, with their penalties.
    pub best: Vec<(u64, Vec<Option<usize>>)>,
    pub nodes: u64,
    /// The search ran to the end: `best` is proved.
    pub complete: bool,
    /// A lower bound on every slate not found (meaningful when not complete).
    pub lower_bound: u64,
    pub elapsed: Duration,
}

/// A nominee and its local cost for a seat, or the vacancy (`None`).
type Choice = Option<(usize, u64)>;

/// A cost no real edge reaches: above a vacancy, so a dummy column is always cheaper.
const NO_EDGE: i64 = 10 * VACANCY as i64;

/// Subgradient steps on the Lagrangian multipliers at each node's full bound; at the first one
/// (from zero multipliers) more; warm ones start with the smaller steps of step
/// [`LAGRANGE_WARM_FROM`].
const LAGRANGE_STEPS: usize = 12;
const LAGRANGE_ROOT_STEPS: usize = 40;
const LAGRANGE_WARM_FROM: usize = 6;

/// The flow relaxation is tried only this near the root (at most this many seats decided):
/// deeper, where the Lagrangian bound is already tight, it costs more time than it saves.
const FLOW_DEPTH: usize = 2;

/// The open seats of a node, as [`Search::open_rows`] builds them.
struct OpenRows {
    rows: Vec<Vec<(usize, u64)>>,
    row_group: Vec<usize>,
    fixed: u64,
    /// Per group, the vacancies its staggered bodies force.
    group_fixed: Vec<u64>,
}

struct Search<'m, 'a> {
    /// The soft penalty the continuing terms cause on their own.
    base: u64,
    m: &'m Model<'a>,
    ahead: Ahead,
    order: Vec<usize>,
    /// Per seat: (candidate, local cost), cheapest first.
    options: Vec<Vec<(usize, u64)>>,
    group_seats: Vec<Vec<usize>>,
    slate: Vec<Option<usize>>,
    decided: Vec<bool>,
    in_group: Vec<Vec<bool>>,
    held: Vec<u32>,
    cand_un: Vec<usize>,
    un_count: Vec<u32>,
    share: u32,
    stagger_filled: Vec<bool>,
    affected_in: Vec<u32>,
    /// Lagrangian multipliers: per UN regional group, the price of a holder beyond its even
    /// share; per candidate, of a second seat (kept from node to node as a warm start).
    mu: Vec<u64>,
    nu: Vec<u64>,
    /// Subgradient steps at a full bound after the first.
    steps: usize,
    /// A full bound was computed: the multipliers are warm.
    warm: bool,
    /// The per-group values of the last full bound (see [`Search::child_bound`]).
    node_groups: Option<Vec<u64>>,
    k: usize,
    best: Vec<(u64, Vec<Option<usize>>)>,
    nodes: u64,
    start: Instant,
    deadline: Duration,
    stopped: bool,
    stack: Vec<u64>,
    stopped_bound: u64,
}

pub(crate) fn run(m: &Model<'_>, deadline: Duration) -> Outcome {
    let mut s = new_search(m, deadline);
    let base = s.base;
    let root = s.bound(base, false);
    s.descend(0, base, root);
    Outcome {
        complete: !s.stopped,
        lower_bound: s.stopped_bound,
        nodes: s.nodes,
        best: s.best,
        elapsed: s.start.elapsed(),
    }
}

fn new_search<'m, 'a>(m: &'m Model<'a>, deadline: Duration) -> Search<'m, 'a> {
    let input = m.input;
    let start = Instant::now();
    let options: Vec<Vec<(usize, u64)>> = m
        .nominees
        .iter()
        .map(|list| {
            let mut o: Vec<(usize, u64)> = list
                .iter()
                .map(|(c, p, n)| (*c, u64::from(*p) - 1 + if *n { NECESSITY } else { 0 }))
                .collect();
            o.sort_by(|a, b| {
                (a.1, &input.candidates[a.0].state).cmp(&(b.1, &input.candidates[b.0].state))
            });
            o
        })
        .collect();
    let mut order: Vec<usize> = (0..input.seats.len()).collect();
    order.sort_by_key(|&i| (options[i].len(), m.seat_group[i], i));
    let mut group_seats = vec![Vec::new(); m.groups.len()];
    for (si, g) in m.seat_group.iter().enumerate() {
        group_seats[*g].push(si);
    }
    let mut un_names: Vec<&str> = Vec::new();
    let cand_un: Vec<usize> = input
        .candidates
        .iter()
        .map(|c| super::intern(&c.un_group, &mut un_names))
        .collect();
    let cont_un: Vec<usize> = input
        .continuing
        .iter()
        .map(|c| super::intern(&c.un_group, &mut un_names))
        .collect();
    let mut un_count = vec![0u32; un_names.len()];
    for u in cont_un {
        un_count[u] += 1;
    }
    let share = m.share();
    let held: Vec<u32> = input
        .candidates
        .iter()
        .map(|c| {
            u32::try_from(
                input
                    .continuing
                    .iter()
                    .filter(|t| t.holder == c.state)
                    .count(),
            )
            .unwrap_or(u32::MAX)
        })
        .collect();
    // Constant parts of the soft tier that the continuing terms already cause.
    let mut base = 0;
    let mut holders: std::collections::BTreeMap<&str, u64> = Default::default();
    for t in &input.continuing {
        *holders.entry(t.holder.as_str()).or_default() += 1;
    }
    base += TWO_SEATS * holders.values().map(|n| n.saturating_sub(1)).sum::<u64>();
    base += OVER_SHARE
        * un_count
            .iter()
            .map(|n| u64::from(n.saturating_sub(share)))
            .sum::<u64>();
    Search {
        base,
        m,
        ahead: Ahead::new(input),
        order,
        options,
        group_seats,
        slate: vec![None; input.seats.len()],
        decided: vec![false; input.seats.len()],
        in_group: m.continuing_in.clone(),
        held,
        cand_un,
        un_count,
        share,
        stagger_filled: vec![false; input.staggered.len()],
        affected_in: vec![0; m.groups.len()],
        mu: vec![0; un_names.len()],
        nu: vec![0; input.candidates.len()],
        steps: LAGRANGE_STEPS,
        warm: false,
        node_groups: None,
        k: input.slates,
        best: Vec::new(),
        nodes: 0,
        start,
        deadline,
        stopped: false,
        stack: Vec::new(),
        stopped_bound: u64::MAX,
    }
}

impl Search<'_, '_> {
    fn worst(&self) -> Option<u64> {
        if self.best.len() < self.k {
            None
        } else {
            self.best.last().map(|(p, _)| *p)
        }
    }

    fn allowed(&self, si: usize, c: usize) -> bool {
        !self.in_group[c][self.m.seat_group[si]]
            && self.m.seat_stagger[si].is_none_or(|b| !self.stagger_filled[b])
    }

    /// The groups that can no longer get an affected Coordinator they need.
    fn affected_lost(&self) -> u64 {
        let mut lost = 0;
        for g in 0..self.m.groups.len() {
            if !self.needs_affected(g) {
                continue;
            }
            let open = self.group_seats[g].iter().any(|&si| {
                !self.decided[si]
                    && self.options[si]
                        .iter()
                        .any(|(c, _)| self.m.input.candidates[*c].affected && self.allowed(si, *c))
            });
            if !open {
                lost += 1;
            }
        }
        lost
    }

    fn later(&self) -> u64 {
        let mut n = 0;
        self.ahead.each(self.m.input, &self.slate, |_, _| n += 1);
        n
    }

    /// The open seats as the rows of an assignment: each row its options (candidate, local
    /// cost) still allowed and its group; the open seats of a staggered body are one row (at
    /// most one of them is filled) and the vacancies that forces are counted in `fixed`.
    fn open_rows(&self) -> OpenRows {
        let mut rows: Vec<Vec<(usize, u64)>> = Vec::new();
        let mut row_group: Vec<usize> = Vec::new();
        let mut group_fixed = vec![0; self.group_seats.len()];
        for (g, slot) in group_fixed.iter_mut().enumerate() {
            let (mine, fixed) = self.group_rows(g);
            *slot = fixed;
            row_group.extend(std::iter::repeat_n(g, mine.len()));
            rows.extend(mine);
        }
        OpenRows {
            rows,
            row_group,
            fixed: group_fixed.iter().sum(),
            group_fixed,
        }
    }

    /// The open seats of group `g` as rows (see [`Search::open_rows`]) and the vacancies its
    /// staggered bodies force.
    fn group_rows(&self, g: usize) -> (Vec<Vec<(usize, u64)>>, u64) {
        let mut fixed = 0;
        let mut rows: Vec<Vec<(usize, u64)>> = Vec::new();
        {
            let seats = &self.group_seats[g];
            let mut merged: Vec<(usize, usize)> = Vec::new(); // (stagger body, row)
            for &si in seats {
                if self.decided[si] {
                    continue;
                }
                let options: Vec<(usize, u64)> = self.options[si]
                    .iter()
                    .filter(|(c, _)| !self.in_group[*c][g])
                    .copied()
                    .collect();
                if let Some(b) = self.m.seat_stagger[si] {
                    if self.stagger_filled[b] {
                        fixed += VACANCY;
                        continue;
                    }
                    if let Some(&(_, r)) = merged.iter().find(|(x, _)| *x == b) {
                        // At most one seat of the body is filled: the other one is vacant.
                        fixed += VACANCY;
                        let row: &mut Vec<(usize, u64)> = &mut rows[r];
                        for (c, cost) in options {
                            match row.iter_mut().find(|(x, _)| *x == c) {
                                Some(e) => e.1 = e.1.min(cost),
                                None => row.push((c, cost)),
                            }
                        }
                        continue;
                    }
                    merged.push((b, rows.len()));
                }
                rows.push(options);
            }
        }
        (rows, fixed)
    }

    /// The least cost of the open seats, at least `target` being enough (the node is pruned
    /// then). A Lagrangian relaxation: each group's seats are assigned exactly, with its
    /// affected Coordinator (P2.5), vacancies, necessities and preferences, each State once
    /// per group; what couples the groups (a State's second seat, the regional shares) is
    /// priced by the multipliers `nu` and `mu` (see [`Search::lagrangian`]), which `full`
    /// improves by a few subgradient steps. `full` also tries the flow relaxation, which
    /// prices the coupling exactly but not the affected Coordinators, and keeps the larger.
    fn open_bound(&mut self, full: bool, target: u64) -> u64 {
        let OpenRows {
            rows,
            row_group,
            fixed,
            group_fixed,
        } = self.open_rows();
        let n = rows.len();
        self.node_groups = None;
        if n == 0 {
            return fixed + NO_AFFECTED * self.affected_lost();
        }
        let (steps, first) = match (full, self.warm) {
            (false, _) => (1, 0),
            (true, false) => (LAGRANGE_ROOT_STEPS, 0),
            (true, true) => (self.steps, LAGRANGE_WARM_FROM),
        };
        self.warm |= full;
        let mut best = 0;
        let mut best_at: Option<(Vec<u64>, Vec<u64>)> = None;
        let mut node_groups = None;
        for step in 0..steps {
            let (value, per_group, picks) = self.lagrangian(&rows, &row_group);
            if value > best || step == 0 {
                best = best.max(value);
                if full {
                    best_at = Some((self.mu.clone(), self.nu.clone()));
                    node_groups = Some(
                        per_group
                            .iter()
                            .zip(&group_fixed)
                            .map(|(v, f)| v + f)
                            .collect::<Vec<u64>>(),
                    );
                }
            }
            if step + 1 == steps
                || fixed + best >= target
                || !self.move_multipliers(&picks, first + step)
            {
                break;
            }
        }
        self.node_groups = node_groups;
        // The next nodes start from the best multipliers found here.
        if let Some((mu, nu)) = best_at {
            self.mu = mu;
            self.nu = nu;
        }
        if !full
            || fixed + best >= target
            || self.decided.iter().filter(|d| **d).count() > FLOW_DEPTH
        {
            return fixed + best;
        }
        // Relaxation 2: all open seats at once, as a minimum-cost flow seat → (State, group) →
        // State → UN regional group → end, with a State's second seat at [`TWO_SEATS`] and the
        // places beyond a regional group's even share at [`OVER_SHARE`].
        // Where a group that needs an affected Coordinator has one open seat, either that seat
        // takes an affected State (the flow with that seat's other options removed) or the
        // group pays for its missing one: the bound is the smaller of the two cases.
        let lost = self.affected_lost();
        let mut force = vec![false; n];
        for g in 0..self.group_seats.len() {
            let mine: Vec<usize> = (0..n).filter(|i| row_group[*i] == g).collect();
            if let [i] = mine[..]
                && self.needs_affected(g)
                && rows[i]
                    .iter()
                    .any(|(c, _)| self.m.input.candidates[*c].affected)
            {
                force[i] = true;
            }
        }
        let free = self.flow_bound(&rows, &row_group, &vec![false; n]);
        let flow = if force.iter().any(|f| *f) {
            let forced = self.flow_bound(&rows, &row_group, &force);
            (forced + NO_AFFECTED * lost).min(free + NO_AFFECTED * (lost + 1))
        } else {
            free + NO_AFFECTED * lost
        };
        fixed + best.max(flow)
    }

    /// The price the multipliers put on one more seat for candidate `c`: its regional group's
    /// `mu`, and a held State's [`TWO_SEATS`] (exact) or an unseated one's `nu`.
    fn price(&self, c: usize) -> u64 {
        self.mu[self.cand_un[c]]
            + if self.held[c] > 0 {
                TWO_SEATS
            } else {
                self.nu[c]
            }
    }

    /// The Lagrangian bound of the open rows with the current multipliers, and the rows'
    /// picks. For any `mu` in [0, [`OVER_SHARE`]] and `nu` in [0, [`TWO_SEATS`]]:
    /// OVER_SHARE·max(0, x − free) ≥ mu·(x − free) for a regional group placing x more
    /// holders with `free` places left in its share, and TWO_SEATS·max(0, k − 1) ≥ nu·(k − 1)
    /// for an unseated State taking k seats; so the sum over groups of each group's exact
    /// least cost with the prices, less mu·free and nu, never exceeds any completion's cost.
    fn lagrangian(
        &self,
        rows: &[Vec<(usize, u64)>],
        row_group: &[usize],
    ) -> (u64, Vec<u64>, Vec<Option<usize>>) {
        let mut picks = vec![None; rows.len()];
        let mut per_group = vec![0; self.group_seats.len()];
        let mut mine: Vec<usize> = Vec::new();
        for (g, slot) in per_group.iter_mut().enumerate() {
            mine.clear();
            mine.extend((0..rows.len()).filter(|i| row_group[*i] == g));
            let needs = self.needs_affected(g);
            if mine.is_empty() {
                if needs {
                    *slot = NO_AFFECTED;
                }
                continue;
            }
            let mut priced: Vec<Vec<(usize, u64)>> = mine
                .iter()
                .map(|&i| {
                    rows[i]
                        .iter()
                        .map(|&(c, cost)| (c, cost + self.price(c)))
                        .collect()
                })
                .collect();
            let (value, chosen) = self.group_solve(&mut priced, needs);
            *slot = value;
            for (k, &i) in mine.iter().enumerate() {
                picks[i] = chosen[k];
            }
        }
        let total: u64 = per_group.iter().sum();
        (total.saturating_sub(self.credit()), per_group, picks)
    }

    /// The constant of the Lagrangian: mu·free per regional group and nu per unseated State.
    fn credit(&self) -> u64 {
        let mut credit: u64 = 0;
        for (u, mu) in self.mu.iter().enumerate() {
            credit += mu * u64::from(self.share.saturating_sub(self.un_count[u]));
        }
        for (c, nu) in self.nu.iter().enumerate() {
            if self.held[c] == 0 {
                credit += nu;
            }
        }
        credit
    }

    /// A child's bound after a step on a seat of group `g`, from its node's per-group values
    /// `node_groups` (vacancies forced, plus the exact priced cost) with the same multipliers:
    /// only group `g` is solved again. The other groups' rows are unchanged and their prices
    /// can only have risen (a State just seated costs [`TWO_SEATS`] ≥ its `nu`), so their
    /// node values stay lower bounds; the credit is the child's.
    fn child_bound(&self, cost: u64, g: usize, node_groups: &[u64]) -> u64 {
        let known = cost + LATER_UNFILLABLE * self.later();
        let (rows, fixed) = self.group_rows(g);
        let needs = self.needs_affected(g);
        let mine = if rows.is_empty() {
            if needs { NO_AFFECTED } else { 0 }
        } else {
            let mut priced: Vec<Vec<(usize, u64)>> = rows
                .iter()
                .map(|r| r.iter().map(|&(c, x)| (c, x + self.price(c))).collect())
                .collect();
            self.group_solve(&mut priced, needs).0
        };
        let others: u64 = node_groups
            .iter()
            .enumerate()
            .filter(|(x, _)| *x != g)
            .map(|(_, v)| *v)
            .sum();
        known + (others + fixed + mine).saturating_sub(self.credit())
    }

    /// One subgradient step on the multipliers from the picks of [`Search::lagrangian`]:
    /// a regional group placing more than its free places gets a higher `mu`, fewer a lower;
    /// a State picked in two groups a higher `nu`, in none a lower. False when nothing moved.
    fn move_multipliers(&mut self, picks: &[Option<usize>], step: usize) -> bool {
        let mut placed = vec![0u64; self.mu.len()];
        let mut taken = vec![0u64; self.nu.len()];
        for c in picks.iter().flatten() {
            placed[self.cand_un[*c]] += 1;
            taken[*c] += 1;
        }
        let mut moved = false;
        let s_mu = (2 * OVER_SHARE / (step as u64 + 2)).max(1);
        for (u, mu) in self.mu.iter_mut().enumerate() {
            let free = u64::from(self.share.saturating_sub(self.un_count[u]));
            let next = if placed[u] > free {
                (*mu + s_mu * (placed[u] - free)).min(OVER_SHARE)
            } else {
                mu.saturating_sub(s_mu * (free - placed[u]))
            };
            moved |= next != *mu;
            *mu = next;
        }
        let s_nu = (TWO_SEATS / (step as u64 + 2)).max(1);
        for (c, nu) in self.nu.iter_mut().enumerate() {
            if self.held[c] > 0 {
                continue;
            }
            let next = match taken[c] {
                0 => nu.saturating_sub(s_nu),
                1 => *nu,
                k => (*nu + s_nu * (k - 1)).min(TWO_SEATS),
            };
            moved |= next != *nu;
            *nu = next;
        }
        moved
    }

    /// The exact least cost of one group's rows (sorted or not) and each row's pick: each
    /// State at most once, a row vacant at [`VACANCY`], and, when the group `needs` an
    /// affected Coordinator, [`NO_AFFECTED`] unless a row takes an affected State.
    fn group_solve(
        &self,
        rows: &mut [Vec<(usize, u64)>],
        needs: bool,
    ) -> (u64, Vec<Option<usize>>) {
        for r in rows.iter_mut() {
            r.sort_unstable_by_key(|(c, cost)| (*cost, *c));
        }
        let (plain, plain_picks) = assign(rows);
        let affected = |c: usize| self.m.input.candidates[c].affected;
        if !needs || plain_picks.iter().flatten().any(|c| affected(*c)) {
            return (plain, plain_picks);
        }
        let mut best = (plain + NO_AFFECTED, plain_picks);
        let k = rows.len();
        for i in 0..k {
            // The k cheapest affected options of a row suffice: one of them is free of the
            // other rows' picks, and no dearer.
            let options: Vec<(usize, u64)> = rows[i]
                .iter()
                .filter(|(c, _)| affected(*c))
                .take(k)
                .copied()
                .collect();
            for (c, cost) in options {
                if cost >= best.0 {
                    break;
                }
                let rest: Vec<Vec<(usize, u64)>> = rows
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != i)
                    .map(|(_, r)| r.iter().filter(|(x, _)| *x != c).copied().collect())
                    .collect();
                let (value, rest_picks) = assign(&rest);
                if cost + value < best.0 {
                    let mut picks = rest_picks;
                    picks.insert(i, Some(c));
                    best = (cost + value, picks);
                }
            }
        }
        best
    }

    fn flow_bound(&self, rows: &[Vec<(usize, u64)>], row_group: &[usize], force: &[bool]) -> u64 {
        let n = rows.len();
        let mut f = Flow::default();
        let (source, sink) = (f.node(), f.node());
        let un_nodes: Vec<usize> = (0..self.un_count.len()).map(|_| f.node()).collect();
        for (u, node) in un_nodes.iter().enumerate() {
            let free = self.share.saturating_sub(self.un_count[u]) as usize;
            f.arc(*node, sink, free.min(n), 0);
            f.arc(*node, sink, n, OVER_SHARE as i64);
        }
        let mut cand_node: Vec<Option<usize>> = vec![None; self.held.len()];
        let mut pair_node: std::collections::HashMap<(usize, usize), usize> = Default::default();
        for (i, row) in rows.iter().enumerate() {
            let r = f.node();
            f.arc(source, r, 1, 0);
            if !force[i] {
                f.arc(r, sink, 1, VACANCY as i64);
            }
            // The n cheapest options of each UN regional group suffice (see the module doc).
            let mut kept: Vec<(usize, u64)> = row.clone();
            kept.sort_by_key(|(c, cost)| {
                (cost + if self.held[*c] > 0 { TWO_SEATS } else { 0 }, *c)
            });
            let mut per_un = vec![0usize; self.un_count.len()];
            for (c, cost) in kept {
                if force[i] && !self.m.input.candidates[c].affected {
                    continue;
                }
                let u = self.cand_un[c];
                if per_un[u] >= n {
                    continue;
                }
                per_un[u] += 1;
                let cn = match cand_node[c] {
                    Some(x) => x,
                    None => {
                        let x = f.node();
                        if self.held[c] == 0 {
                            f.arc(x, un_nodes[u], 1, 0);
                        }
                        f.arc(x, un_nodes[u], n, TWO_SEATS as i64);
                        cand_node[c] = Some(x);
                        x
                    }
                };
                let key = (c, row_group[i]);
                let pn = match pair_node.get(&key) {
                    Some(x) => *x,
                    None => {
                        let x = f.node();
                        f.arc(x, cn, 1, 0);
                        pair_node.insert(key, x);
                        x
                    }
                };
                f.arc(r, pn, 1, cost as i64);
            }
        }
        f.min_cost(source, sink, n)
    }

    /// Does group `g` still need an affected Coordinator it may get?
    fn needs_affected(&self, g: usize) -> bool {
        self.m.group_needs[g] && !self.m.group_kept[g] && self.affected_in[g] == 0
    }

    /// The lower bound at this node; `full` adds the flow relaxation (dearer, tighter).
    fn bound(&mut self, cost: u64, full: bool) -> u64 {
        let known = cost + LATER_UNFILLABLE * self.later();
        let target = self.worst().map_or(u64::MAX, |w| w.saturating_sub(known));
        known + self.open_bound(full, target)
    }

    fn out_of_time(&mut self) -> bool {
        if self.stopped {
            return true;
        }
        if self.start.elapsed() >= self.deadline {
            self.stopped = true;
            self.stopped_bound = self.stack.iter().copied().min().unwrap_or(0);
        }
        self.stopped
    }

    /// Past the deadline before any slate was found: complete this one greedily (each open
    /// seat its cheapest allowed nominee), so that the answer always has a slate.
    fn greedy_finish(&mut self, pos: usize, mut cost: u64) {
        let mut placed = Vec::new();
        for at in pos..self.order.len() {
            let si = self.order[at];
            let choice = self.options[si]
                .iter()
                .find(|(c, _)| self.allowed(si, *c))
                .copied();
            cost += self.place(si, choice);
            placed.push(si);
        }
        let penalty = cost + NO_AFFECTED * self.affected_lost() + LATER_UNFILLABLE * self.later();
        self.best.push((penalty, self.slate.clone()));
        for si in placed.into_iter().rev() {
            self.unplace(si);
        }
    }

    /// Places candidate `c` (or nobody) on seat `si`, returning the cost of the step.
    fn place(&mut self, si: usize, choice: Option<(usize, u64)>) -> u64 {
        self.decided[si] = true;
        let Some((c, local)) = choice else {
            return VACANCY;
        };
        let g = self.m.seat_group[si];
        let u = self.cand_un[c];
        let step = local
            + if self.held[c] > 0 { TWO_SEATS } else { 0 }
            + if self.un_count[u] >= self.share {
                OVER_SHARE
            } else {
                0
            };
        self.in_group[c][g] = true;
        self.held[c] += 1;
        self.un_count[u] += 1;
        if self.m.input.candidates[c].affected {
            self.affected_in[g] += 1;
        }
        if let Some(b) = self.m.seat_stagger[si] {
            self.stagger_filled[b] = true;
        }
        self.slate[si] = Some(c);
        step
    }

    fn unplace(&mut self, si: usize) {
        self.decided[si] = false;
        let Some(c) = self.slate[si].take() else {
            return;
        };
        let g = self.m.seat_group[si];
        if let Some(b) = self.m.seat_stagger[si] {
            self.stagger_filled[b] = false;
        }
        if self.m.input.candidates[c].affected {
            self.affected_in[g] -= 1;
        }
        self.un_count[self.cand_un[c]] -= 1;
        self.held[c] -= 1;
        self.in_group[c][g] = false;
    }

    /// Explores the seats from `pos` on; `bound` is this node's lower bound.
    fn descend(&mut self, pos: usize, cost: u64, bound: u64) {
        if self.out_of_time() {
            if self.best.is_empty() {
                self.stopped_bound = self.stopped_bound.min(bound);
                self.greedy_finish(pos, cost);
            }
            return;
        }
        self.nodes += 1;
        if pos == self.order.len() {
            let penalty =
                cost + NO_AFFECTED * self.affected_lost() + LATER_UNFILLABLE * self.later();
            if self.worst().is_some_and(|w| penalty >= w) {
                return;
            }
            if self.best.len() >= self.k {
                self.best.pop();
            }
            let at = self.best.partition_point(|(p, _)| *p <= penalty);
            self.best.insert(at, (penalty, self.slate.clone()));
            return;
        }
        let bound = bound.max(self.bound(cost, true));
        if self.worst().is_some_and(|w| bound >= w) {
            return;
        }
        self.stack.push(bound);
        let node_groups = self.node_groups.take();
        let si = self.order[pos];
        let g = self.m.seat_group[si];
        // Children: each allowed nominee, then the vacancy, tried in the order of their bounds.
        let mut children: Vec<(u64, u64, Choice)> = Vec::new();
        let choices: Vec<Choice> = self.options[si]
            .iter()
            .filter(|(c, _)| self.allowed(si, *c))
            .map(|o| Some(*o))
            .chain(std::iter::once(None))
            .collect();
        for choice in choices {
            if self.out_of_time() {
                break;
            }
            let step = self.place(si, choice);
            let b = match &node_groups {
                Some(ng) => self.child_bound(cost + step, g, ng),
                None => self.bound(cost + step, false),
            };
            self.unplace(si);
            children.push((b, cost + step, choice));
        }
        if self.stopped {
            if self.best.is_empty() {
                self.greedy_finish(pos, cost);
            }
            self.stack.pop();
            return;
        }
        children.sort_by_key(|(b, _, _)| *b);
        for (b, child_cost, choice) in children {
            if self.worst().is_some_and(|w| b >= w) {
                break;
            }
            self.place(si, choice);
            self.descend(pos + 1, child_cost, b);
            self.unplace(si);
            if self.stopped {
                break;
            }
        }
        self.stack.pop();
    }
}

/// The least total cost of giving each row one of its (candidate, cost) options, each
/// candidate at most once, or leaving it vacant at [`VACANCY`], and each row's pick. The rows'
/// options must be sorted cheapest first; a row never needs more than its n cheapest (one of
/// them is free of the other n − 1 rows' picks). One or two rows directly, more by the
/// Hungarian method on the rows' candidates plus one vacancy column per row.
fn assign(rows: &[Vec<(usize, u64)>]) -> (u64, Vec<Option<usize>>) {
    let n = rows.len();
    let first = |r: &[(usize, u64)], not: Option<usize>| -> (u64, Option<usize>) {
        r.iter()
            .find(|(c, _)| Some(*c) != not)
            .filter(|(_, cost)| *cost < VACANCY)
            .map_or((VACANCY, None), |(c, cost)| (*cost, Some(*c)))
    };
    match n {
        0 => return (0, Vec::new()),
        1 => {
            let (cost, pick) = first(&rows[0], None);
            return (cost, vec![pick]);
        }
        2 => {
            let mut best = (u64::MAX, vec![None, None]);
            let a = rows[0]
                .iter()
                .take(2)
                .map(|(c, cost)| (*cost, Some(*c)))
                .chain(std::iter::once((VACANCY, None)));
            for (ca, pa) in a {
                let (cb, pb) = first(&rows[1], pa);
                if ca + cb < best.0 {
                    best = (ca + cb, vec![pa, pb]);
                }
            }
            return best;
        }
        _ => {}
    }
    let mut cols: Vec<usize> = rows
        .iter()
        .flat_map(|r| r.iter().take(n))
        .map(|(c, _)| *c)
        .collect();
    cols.sort_unstable();
    cols.dedup();
    let m = cols.len() + n;
    let (cost, row_col) = hungarian(n, m, |i, j| {
        if j >= cols.len() {
            return VACANCY as i64;
        }
        rows[i]
            .iter()
            .take(n)
            .find(|(c, _)| *c == cols[j])
            .map_or(NO_EDGE, |(_, x)| *x as i64)
    });
    let picks = row_col.iter().map(|&j| cols.get(j).copied()).collect();
    (cost, picks)
}

/// The least cost of a complete assignment of `n` rows to distinct columns among `m` ≥ `n`
/// (the Hungarian method with potentials, O(n²m)), and each row's column.
fn hungarian(n: usize, m: usize, cost: impl Fn(usize, usize) -> i64) -> (u64, Vec<usize>) {
    if n == 0 {
        return (0, Vec::new());
    }
    // 1-based Hungarian (rows ≤ columns).
    let mut u = vec![0i64; n + 1];
    let mut v = vec![0i64; m + 1];
    let mut p = vec![0usize; m + 1];
    let mut way = vec![0usize; m + 1];
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0;
        let mut minv = vec![i64::MAX; m + 1];
        let mut used = vec![false; m + 1];
        loop {
            used[j0] = true;
            let i0 = p[j0];
            let mut delta = i64::MAX;
            let mut j1 = 0;
            for j in 1..=m {
                if !used[j] {
                    let cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=m {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let mut row_col = vec![0usize; n];
    for j in 1..=m {
        if p[j] > 0 {
            row_col[p[j] - 1] = j - 1;
        }
    }
    (u64::try_from(-v[0]).unwrap_or(0), row_col)
}

/// For tests: the bound at every prefix of `slate` along the search order, which must never
/// exceed the slate's penalty.
#[cfg(test)]
pub(crate) fn bounds_along(m: &Model<'_>, slate: &[Option<usize>]) -> Vec<u64> {
    let mut out = Vec::new();
    let mut s = new_search(m, Duration::from_secs(1));
    let mut cost = s.base;
    out.push(s.bound(cost, false));
    out.push(s.bound(cost, true));
    for pos in 0..s.order.len() {
        let si = s.order[pos];
        let choice = slate[si].map(|c| {
            let local = s.options[si]
                .iter()
                .find(|(x, _)| *x == c)
                .map_or(0, |(_, l)| *l);
            (c, local)
        });
        // The child's bound from its node's per-group values, as the search takes it.
        s.bound(cost, true);
        let node_groups = s.node_groups.take();
        cost += s.place(si, choice);
        if let Some(ng) = node_groups {
            out.push(s.child_bound(cost, s.m.seat_group[si], &ng));
        }
        out.push(s.bound(cost, false));
        out.push(s.bound(cost, true));
    }
    out
}

/// A small minimum-cost flow (successive shortest paths with Bellman-Ford), for the bound.
#[derive(Default)]
struct Flow {
    /// (to, capacity, cost, reverse arc index) per node.
    arcs: Vec<Vec<(usize, usize, i64, usize)>>,
}

impl Flow {
    fn node(&mut self) -> usize {
        self.arcs.push(Vec::new());
        self.arcs.len() - 1
    }

    fn arc(&mut self, from: usize, to: usize, cap: usize, cost: i64) {
        if cap == 0 {
            return;
        }
        let rf = self.arcs[to].len() + usize::from(from == to);
        let rt = self.arcs[from].len();
        self.arcs[from].push((to, cap, cost, rf));
        self.arcs[to].push((from, 0, -cost, rt));
    }

    /// The least cost of sending `units` from `s` to `t` (every unit is assumed to fit).
    fn min_cost(&mut self, s: usize, t: usize, units: usize) -> u64 {
        let n = self.arcs.len();
        let mut total: i64 = 0;
        let mut dist = vec![i64::MAX; n];
        let mut prev: Vec<(usize, usize)> = vec![(usize::MAX, 0); n];
        let mut queued = vec![false; n];
        for _ in 0..units {
            dist.iter_mut().for_each(|d| *d = i64::MAX);
            dist[s] = 0;
            let mut queue = std::collections::VecDeque::from([s]);
            queued.iter_mut().for_each(|q| *q = false);
            queued[s] = true;
            while let Some(v) = queue.pop_front() {
                queued[v] = false;
                let dv = dist[v];
                for (k, &(to, cap, cost, _)) in self.arcs[v].iter().enumerate() {
                    if cap > 0 && dv + cost < dist[to] {
                        dist[to] = dv + cost;
                        prev[to] = (v, k);
                        if !queued[to] {
                            queued[to] = true;
                            queue.push_back(to);
                        }
                    }
                }
            }
            if dist[t] == i64::MAX {
                break;
            }
            total += dist[t];
            let mut v = t;
            while v != s {
                let (u, k) = prev[v];
                let rev = self.arcs[u][k].3;
                self.arcs[u][k].1 -= 1;
                self.arcs[v][rev].1 += 1;
                v = u;
            }
        }
        u64::try_from(total).unwrap_or(0)
    }
}
