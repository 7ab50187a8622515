Bridge Repairs Start Early

The repairs to the river bridge began a week early, and the work was at odds from the schedule the city published.
