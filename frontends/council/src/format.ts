// The council's pages write instants as the other remotes do, in community time (the ui-kit's formatting).
export { formatDate, formatSpan, formatTime } from "@dongting/ui-kit";
