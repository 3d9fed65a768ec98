/** What went wrong with a room action (starting, joining, asking, handing out), read out at once; nothing when all is well. */
export function RoomProblem({ problem }: { problem: string | null }) {
  return problem ? (
    <p className="room-problem" role="alert">
      {problem}
    </p>
  ) : null;
}
